package no.minside.plans.staff;

import no.minside.plans.EvaluationAnswer;
import no.minside.plans.PlanStatus;
import no.minside.plans.PlanViews;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the case officers' plan pages are rendered from. */
public final class StaffPlanViews {

    private StaffPlanViews() {
    }

    /** One referred plan in the queue; {@code overdue} when the answer time promised has passed. */
    /** The queue's oldest rows; {@code more} when more wait than are shown. */
    public record Queue(List<QueueRow> rows, boolean more) {
    }

    public record QueueRow(long id, String reference, String caseNumber, String debtorName, Instant submittedAt,
                           Instant answerDueAt, boolean overdue, BigDecimal instalment, int months,
                           BigDecimal owedNow) {
    }

    /**
     * One plan as an officer decides it: the case, the evaluation with every reason, the budget, the schedule, the
     * debtor's other plans, and what was decided.
     *
     * @param budget the debtor's budget with the living allowance it was judged by, or null without one
     * @param offer  an officer's counter-offer waiting for the debtor, or null
     * @param objectionOpen the debtor has an objection on the case that support has not decided: no approval
     */
    public record Item(long id, String reference, PlanStatus status, long version, String caseNumber,
                       String creditorName, String debtorName, String maskedId, BigDecimal owedNow, String kid,
                       Instant submittedAt, Instant answerDueAt, boolean overdue, EvaluationAnswer evaluation,
                       BudgetView budget, List<PlanViews.Row> schedule, List<HistoryRow> history,
                       EvaluationAnswer offer, String decidedBy, Instant decidedAt, String decisionReason,
                       boolean canDecide, LocalDate today, boolean objectionOpen) {
    }

    /** The debtor's budget as they gave it, and what it leaves. */
    public record BudgetView(BigDecimal netIncome, BigDecimal housing, int adults, int children0to5,
                             int children6to10, int children11to14, int children15plus, BigDecimal otherDebts,
                             BigDecimal livingAllowance, boolean allowancesProvisional, BigDecimal disposable) {
    }

    /** Another plan of the debtor's, on any of their cases. */
    public record HistoryRow(String reference, String caseNumber, PlanStatus status, int months,
                             BigDecimal instalment, Instant submittedAt, LocalDate endedOn, boolean thisPlan) {
    }
}
