package no.minside.plans;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.TimeSource;

/**
 * The plans' daily round on {@code minside.plans.job-cron} (07:00 Oslo by default; {@code off} disables it):
 * reminders before instalments, warnings before a plan breaks, broken plans, and lapsed counter-offers. Safe on
 * several instances at once: every row it changes is taken with {@code for update skip locked}.
 */
@ApplicationScoped
public class PlanJob {

    private final PlanLifecycle lifecycle;
    private final TimeSource time;

    PlanJob(PlanLifecycle lifecycle, TimeSource time) {
        this.lifecycle = lifecycle;
        this.time = time;
    }

    @Scheduled(identity = "payment-plans", cron = "${minside.plans.job-cron:" + PlanConfig.DEFAULT_CRON + "}",
            timeZone = "Europe/Oslo", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run();
    }

    /** One round as of today; returns how many plans broke. */
    public int run() {
        var today = time.today();
        lifecycle.notices(today);
        int broken = lifecycle.breakOverdue(today);
        lifecycle.lapseOffers(today);
        return broken;
    }
}
