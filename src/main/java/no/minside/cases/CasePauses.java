package no.minside.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Tells the balance which cases are paused right now and why (an open objection, an active payment plan): from the
 * day a pause began no stage moves and no new cost is added (DOMAIN.md, "The case lifecycle").
 *
 * <p>Any number of beans may implement it (objections and plans each add one); {@link PauseLookup} takes the
 * earliest day any of them reports. With none, no case is paused. Only the current pause counts: when a pause ends,
 * the feature ending it must move the deadlines it restarts (e.g. {@code paymentDemandDeadline} after a rejected
 * objection), since the balance engine does not remember past pauses.
 */
public interface CasePauses {

    /** What pauses the cases this source reports. */
    PauseReason reason();

    /**
     * For each of these cases that is paused now, the day its pause began; cases not paused are left out. Called
     * inside a transaction once per batch of cases: answer with a fixed number of queries, never one per case.
     */
    Map<Long, LocalDate> pausedSince(Collection<Long> caseIds);
}
