package no.minside.cases;

import no.minside.fees.BalanceEngine;
import no.minside.fees.Breakdown;
import no.minside.fees.CaseFacts;
import no.minside.fees.DueStep;
import no.minside.fees.RateTables;

import java.time.LocalDate;
import java.util.List;

/**
 * One case's stored records with what its balance depends on besides them (its pause, the rate tables, today), and
 * the balance engine's answers: today's breakdown (worked out once), the breakdown on another day, and the stage
 * moves still to record.
 */
public final class CaseBalance {

    private final CaseRecords records;
    private final CasePause pause;
    private final CaseFacts facts;
    private final RateTables rates;
    private final BalanceEngine engine;
    private final LocalDate today;
    private Breakdown breakdown;

    CaseBalance(CaseRecords records, CasePause pause, RateTables rates, BalanceEngine engine, LocalDate today) {
        this.records = records;
        this.pause = pause;
        this.facts = records.facts(pause == null ? null : pause.since());
        this.rates = rates;
        this.engine = engine;
        this.today = today;
    }

    public CaseRecords records() {
        return records;
    }

    public CollectionCase collectionCase() {
        return records.collectionCase();
    }

    /** The engine's view of the case, its pause included. */
    public CaseFacts facts() {
        return facts;
    }

    public RateTables rates() {
        return rates;
    }

    public LocalDate today() {
        return today;
    }

    /** The balance at the end of today. */
    public Breakdown breakdown() {
        if (breakdown == null) {
            breakdown = engine.breakdown(facts, rates, today);
        }
        return breakdown;
    }

    /** The balance at the end of another day: for a fee's amount on the day it fell due. */
    public Breakdown breakdownOn(LocalDate day) {
        return day.equals(today) ? breakdown() : engine.breakdown(facts, rates, day);
    }

    /** The stage moves and fees that fell due by {@code asOf} and are not recorded yet, in date order. */
    public List<DueStep> dueSteps(LocalDate asOf) {
        return engine.dueSteps(facts, rates, asOf);
    }

    /** The day the current pause began, or null. */
    public LocalDate pausedSince() {
        return pause == null ? null : pause.since();
    }

    public boolean isPaused() {
        return pause != null;
    }

    public boolean objectionUnderReview() {
        return pause != null && pause.has(PauseReason.OBJECTION);
    }

    public boolean onPaymentPlan() {
        return pause != null && pause.has(PauseReason.PAYMENT_PLAN);
    }
}
