package no.minside.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the audit chain sealed and checked: chains new rows every few seconds (an instance finding the other one
 * sealing gives way), checks the rows sealed since the last good check every ten minutes (a second instance right
 * after finds next to nothing new), and walks the whole chain at night. A check that finds one running elsewhere (the
 * other instance) is skipped. {@code minside.audit.seal-every}, {@code check-every} and {@code full-check-cron} set
 * when; {@code off} turns one off (tests drive the chain themselves).
 */
@ApplicationScoped
public class AuditChainJob {

    static final String DEFAULT_SEAL_EVERY = "2s";
    static final String DEFAULT_CHECK_EVERY = "10m";
    static final String DEFAULT_FULL_CHECK_CRON = "0 40 3 * * ?";

    private final AuditChainService chain;

    AuditChainJob(AuditChainService chain) {
        this.chain = chain;
    }

    @Scheduled(identity = "audit-seal", every = "${minside.audit.seal-every:" + DEFAULT_SEAL_EVERY
            + "}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void seal() {
        chain.seal(false);
    }

    @Scheduled(identity = "audit-check", every = "${minside.audit.check-every:"
            + DEFAULT_CHECK_EVERY + "}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkNew() {
        chain.checkUnlessRunning(false);
    }

    @Scheduled(identity = "audit-full-check", cron = "${minside.audit.full-check-cron:"
            + DEFAULT_FULL_CHECK_CRON + "}", timeZone = "Europe/Oslo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkAll() {
        chain.checkUnlessRunning(true);
    }
}
