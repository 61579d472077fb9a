package no.minside.cases.progression;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.CaseBalance;
import no.minside.cases.CaseBalances;
import no.minside.cases.CaseEvent;
import no.minside.cases.CaseLetters;
import no.minside.cases.CaseEventRepository;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseRecords;
import no.minside.cases.CaseStage;
import no.minside.cases.CollectionCase;
import no.minside.cases.CostLineType;
import no.minside.common.NationalIdLogFilter;
import no.minside.fees.Breakdown;
import no.minside.fees.CaseFacts;
import no.minside.fees.CostType;
import no.minside.fees.DueStep;
import no.minside.fees.FeeLine;
import no.minside.letters.LetterKind;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves open cases through the inkasso lifecycle: records the payment demand, the fees, the legal step and the
 * paid state on the day the rules (the balance engine's due steps) say each happened, never on the day the
 * job ran.
 *
 * <p>Safe to run twice and from two instances at once. Open cases are read in batches (a fixed number of queries
 * per batch); each case with something to record is then handled in its own transaction under a row lock
 * ({@code select … for update}), re-read and re-evaluated under that lock, so a second run finds nothing left to
 * do and one bad case does not stop the rest. The unique index {@code cost_line_once_key} stays the last line of
 * defence: a fee insert that conflicts is skipped, not failed.
 *
 * <p>Tungt salær replaces lett (DOMAIN.md): the {@code HEAVY_FEE} row is added next to the claim's {@code LIGHT_FEE}
 * row, which stays as the record of when lett was charged. The balance engine charges the claim tungt only; the two
 * rows must never be added up. The {@code LIGHT_FEE} row must stay: without it the engine would list lett as due
 * again. The {@code FEE_ADDED} event carries each fee's full amount; the tungt one says that it replaces lett.
 *
 * <p>Cost-line amounts are the engine's fee lines on the day the fee fell due (sats of that day); the engine
 * reprices salær at the sats of the day the claim is paid, so the balance, not the cost line, is what is owed.
 */
@ApplicationScoped
public class StageProgressionService {

    private static final Logger LOG = Logger.getLogger(StageProgressionService.class);

    private final StageProgressionRepository repository;
    private final CaseBalances balances;
    private final CaseEventRepository events;
    private final CaseLetters letters;
    private final StageProgressionConfig config;
    private final TransactionManager transactions;

    StageProgressionService(StageProgressionRepository repository, CaseBalances balances, CaseEventRepository events,
                            CaseLetters letters, StageProgressionConfig config, TransactionManager transactions) {
        this.letters = letters;
        this.repository = repository;
        this.balances = balances;
        this.events = events;
        this.config = config;
        this.transactions = transactions;
    }

    /**
     * Records everything that fell due by the end of {@code asOf} on every open case. Runs its own transactions
     * (one per batch read, one per case written); a case that fails is logged by case number and retried on the
     * next run. Returns how many cases got at least one step recorded.
     */
    public int advance(LocalDate asOf) {
        int batchSize = config.batchSize();
        long started = System.nanoTime();
        long afterId = 0;
        long read = 0;
        int batches = 0;
        int advanced = 0;
        int failed = 0;
        while (true) {
            long after = afterId;
            Scan scan = QuarkusTransaction.requiringNew().call(() -> scan(after, batchSize, asOf));
            read += scan.read();
            batches++;
            failed += scan.failed();
            for (Candidate candidate : scan.candidates()) {
                try {
                    int recorded = QuarkusTransaction.requiringNew()
                            .call(() -> advanceLocked(candidate.caseId(), asOf, true));
                    if (recorded > 0) {
                        advanced++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    logFailure(candidate.caseNumber(), e);
                }
            }
            if (scan.read() < batchSize) {
                break;
            }
            afterId = scan.lastId();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (advanced > 0 || failed > 0) {
            LOG.infof("Stage progression as of %s: %d cases advanced, %d failed; %d open cases read in %d batches"
                    + " in %d ms", asOf, advanced, failed, read, batches, millis);
        } else {
            LOG.debugf("Stage progression as of %s: nothing due; %d open cases read in %d batches in %d ms", asOf,
                    read, batches, millis);
        }
        return advanced;
    }

    /**
     * Records everything that fell due on one case by the end of {@code asOf}, at once: for example right after a
     * payment is registered, so that a case paid in full becomes PAID without waiting for the job. Always runs in
     * a new transaction, so call it after the payment's own transaction has committed (a transaction still open
     * would keep the new payment invisible to it). Waits if another transaction is progressing the same case,
     * then re-evaluates. Returns the number of steps recorded: 0 for a closed or unknown case. A failure is thrown
     * after its transaction is rolled back; the job retries the case on its next run.
     *
     * @throws IllegalStateException when called inside a transaction: one that has inserted a payment or an event
     *         for the case holds a lock on the case row that this method would wait for forever
     */
    public int advance(long caseId, LocalDate asOf) {
        if (inTransaction()) {
            throw new IllegalStateException("advance(caseId, asOf) must be called after the caller's transaction"
                    + " has committed");
        }
        return QuarkusTransaction.requiringNew().call(() -> advanceLocked(caseId, asOf, false));
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot read the transaction status", e);
        }
    }

    /** Reads one batch of open cases and picks those with something to record: a fixed number of queries. */
    private Scan scan(long afterId, int batchSize, LocalDate asOf) {
        List<CollectionCase> batch = repository.findOpenAfter(afterId, batchSize);
        if (batch.isEmpty()) {
            return new Scan(0, afterId, List.of(), 0);
        }
        List<Candidate> candidates = new ArrayList<>();
        int failed = 0;
        for (CaseBalance balance : balances.of(batch, CaseBalances.Detail.BALANCE)) {
            CollectionCase c = balance.collectionCase();
            try {
                if (!toRecord(c, balance.dueSteps(asOf)).isEmpty()) {
                    candidates.add(new Candidate(c.id, c.caseNumber));
                }
            } catch (RuntimeException e) {
                failed++;
                logFailure(c.caseNumber, e);
            }
        }
        return new Scan(batch.size(), batch.get(batch.size() - 1).id, candidates, failed);
    }

    /** Locks the case, re-reads it as committed and records what is still due. Runs inside the caller's transaction. */
    private int advanceLocked(long caseId, LocalDate asOf, boolean skipIfLocked) {
        Optional<CollectionCase> locked = repository.lockOpen(caseId, skipIfLocked);
        if (locked.isEmpty()) {
            return 0;
        }
        CollectionCase c = locked.get();
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        CaseRecords records = balance.records();
        List<DueStep> steps = toRecord(c, balance.dueSteps(asOf));
        Map<LocalDate, Breakdown> breakdowns = new HashMap<>();
        int recorded = 0;
        for (DueStep step : steps) {
            boolean done = switch (step.kind()) {
                case PAYMENT_DEMAND_SENT -> paymentDemandSent(c, balance, step.on());
                case FEE -> feeAdded(c, records, step,
                        breakdowns.computeIfAbsent(step.on(), balance::breakdownOn));
                case LEGAL -> legalStep(c, step.on());
                case PAID -> paid(c, step.on());
            };
            if (done) {
                recorded++;
            }
            if (c.stage == CaseStage.PAID) {
                break;
            }
        }
        return recorded;
    }

    /** The engine lists the legal step (and nothing else) again once it is recorded: leave those out. */
    private static List<DueStep> toRecord(CollectionCase c, List<DueStep> due) {
        return due.stream()
                .filter(step -> step.kind() != DueStep.Kind.LEGAL
                        || c.legalStepOn == null && c.stage != CaseStage.LEGAL)
                .toList();
    }

    /** The payment demand goes out: the case moves, and the letter is issued with the amounts of that day. */
    private boolean paymentDemandSent(CollectionCase c, CaseBalance balance, LocalDate on) {
        if (c.paymentDemandSentOn != null) {
            return false;
        }
        c.paymentDemandSentOn = on;
        c.paymentDemandDeadline = on.plusDays(CaseFacts.NOTICE_DAYS);
        if (c.stage == CaseStage.COLLECTION_NOTICE) {
            c.stage = CaseStage.PAYMENT_DEMAND;
        }
        events.persist(CaseEvent.of(c.id, CaseEventType.PAYMENT_DEMAND_SENT, on, null, null));
        letters.issue(balance, LetterKind.PAYMENT_DEMAND, on, c.paymentDemandDeadline, null);
        return true;
    }

    private boolean feeAdded(CollectionCase c, CaseRecords records, DueStep step, Breakdown onTheDay) {
        FeeLine line = onTheDay.fees().stream()
                .filter(fee -> fee.type() == step.feeType() && Objects.equals(fee.claimId(), step.claimId())
                        && fee.incurredOn().equals(step.on()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + step.feeType() + " line on " + step.on()));
        boolean inserted = repository.insertFeeOnce(c.id, step.claimId(), CostLineType.valueOf(step.feeType().name()),
                line.amount(), line.vat(), step.on(), line.legalBasis(), line.sats());
        if (inserted) {
            events.persist(CaseEvent.of(c.id, CaseEventType.FEE_ADDED, step.on(), line.amount(),
                    feeDetail(records, step)));
        }
        return inserted;
    }

    /** {@code TYPE}, {@code TYPE invoice} for a claim's fee, and what a tungt salær replaces. */
    private static String feeDetail(CaseRecords records, DueStep step) {
        if (step.claimId() == null) {
            return step.feeType().name();
        }
        String invoice = records.claims().stream().filter(k -> k.id.equals(step.claimId()))
                .map(k -> k.invoiceNumber).findFirst().orElse("");
        String detail = step.feeType().name() + " " + invoice;
        return step.feeType() == CostType.HEAVY_FEE ? detail + " (replaces " + CostType.LIGHT_FEE.name() + ")" : detail;
    }

    private boolean legalStep(CollectionCase c, LocalDate on) {
        c.stage = CaseStage.LEGAL;
        c.legalStepOn = on;
        events.persist(CaseEvent.of(c.id, CaseEventType.LEGAL_STEP, on, null, null));
        return true;
    }

    private boolean paid(CollectionCase c, LocalDate on) {
        c.stage = CaseStage.PAID;
        c.closedOn = on;
        events.persist(CaseEvent.of(c.id, CaseEventType.PAID, on, null, null));
        return true;
    }

    /** By case number only; the message is masked in case a library put a national id in it. */
    private static void logFailure(String caseNumber, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.errorf("Stage progression failed for case %s: %s: %s", caseNumber, root.getClass().getSimpleName(),
                NationalIdLogFilter.mask(root.getMessage()));
    }

    private record Candidate(long caseId, String caseNumber) {
    }

    /** One batch: how many cases were read, the last id read, the cases to advance and the cases that failed. */
    private record Scan(int read, long lastId, List<Candidate> candidates, int failed) {
    }
}
