package no.minside.plans;

import no.minside.plans.evaluation.Decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The records the debtor's plan pages are rendered from. */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * The plan page: what is owed, the options side by side, the answer to the last proposal (null before one) and
     * the form.
     *
     * @param openPlan       the plan in force or under consideration, or null: then no new proposal is taken
     * @param nothingToPay   the case owes nothing (paid, cancelled): no plan to make
     * @param renewed        the answer was worked out again because the one accepted was out of date
     * @param answerDueOn    the day a case officer would answer a plan sent now
     * @param objectionOpen  the debtor's objection on the case is not decided yet: a proposal is rejected for it
     */
    public record PlanPage(String caseNumber, String creditorName, BigDecimal owed, boolean business,
                           OpenPlan openPlan, boolean nothingToPay, List<Option> options, EvaluationAnswer answer,
                           boolean renewed, LocalDate suggestedFirstDue, LocalDate lastFirstDue,
                           BigDecimal minimumInstalment, LocalDate answerDueOn, String kid, boolean objectionOpen) {
    }

    /** The case's plan in force or under consideration. */
    public record OpenPlan(String reference, PlanStatus status) {
    }

    /** One of the options side by side: a number of months from the suggested first due date, and what it costs. */
    public record Option(int months, boolean deferral, LocalDate firstDueDate, LocalDate lastDueDate,
                         BigDecimal instalment, BigDecimal interest, BigDecimal surcharge, BigDecimal total,
                         Decision decision) {

        public boolean approved() {
            return decision == Decision.APPROVED;
        }
    }

    /**
     * A plan as its page shows it: the terms, the schedule with what is paid, the next instalment, how to pay.
     *
     * @param offer        for a case officer's counter-offer waiting for the debtor: its evaluation
     * @param answerDueOn  for a referred plan: the day the debtor was promised an answer
     * @param objectionOpen the debtor's objection on the case is not decided yet: a counter-offer cannot be accepted
     */
    public record PlanView(String caseNumber, String reference, PlanStatus status, boolean deferral, String kid,
                           String accountNumber, LocalDate firstDueDate, int months, BigDecimal instalment,
                           BigDecimal surcharge, BigDecimal totalToPay, BigDecimal paid, BigDecimal owedNow,
                           List<Row> schedule, Row next, LocalDate answerDueOn, LocalDate startedOn,
                           LocalDate endedOn, String decisionReason, EvaluationAnswer offer, int breakAfterDays,
                           boolean objectionOpen) {

        public boolean active() {
            return status == PlanStatus.ACTIVE;
        }

        public boolean referred() {
            return status == PlanStatus.REFERRED;
        }

        public boolean offered() {
            return status == PlanStatus.OFFERED;
        }

        public boolean hasSurcharge() {
            return surcharge.signum() > 0;
        }

        /** What the schedule still asks for: the unpaid part of each instalment. */
        public BigDecimal left() {
            return schedule.stream().map(Row::left).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        /**
         * How much less the debtor pays by paying the case off today than by following the schedule: the interest
         * the schedule counts for the months still to come (the balance today has interest only up to today).
         * Zero when the plan is not in force or nothing would be saved.
         */
        public BigDecimal payOffSaving() {
            BigDecimal saving = left().subtract(owedNow);
            return active() && saving.signum() > 0 ? saving : BigDecimal.ZERO.setScale(2);
        }
    }

    /** One instalment, what is paid of it and where it stands. */
    public record Row(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid, BigDecimal left,
                      RowState state, LocalDate paidOn) {

        public boolean late() {
            return state == RowState.LATE;
        }
    }

    /** Where an instalment stands: paid, partly paid, ahead, or past its due date. */
    public enum RowState { PAID, PART, DUE, LATE }

    /** What accepting gave: the plan's reference, or a fresh evaluation when the one accepted was out of date. */
    public record Accepted(String reference, java.util.UUID renewedEvaluation) {

        public boolean renewed() {
            return renewedEvaluation != null;
        }
    }
}
