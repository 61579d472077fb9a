package no.minside.cases;

import no.minside.fees.Breakdown;
import no.minside.fees.CostType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The records the debtor's case pages are rendered from; every amount comes from the balance engine. */
public final class DebtorCaseViews {

    private DebtorCaseViews() {
    }

    /**
     * The overview: every case the visitor may see (all of the person's, at every creditor, after a login that proved
     * who they are; the letter's one case after a PIN login), and what they come to together.
     *
     * @param totalDue  the sum of what is to be paid now in all of them
     * @param creditors how many creditors the cases come from
     */
    public record Overview(List<CaseSummary> cases, BigDecimal totalDue, long creditors) {

        /** The total is worth a line of its own only when there is more than one case to add up. */
        public boolean showsTotal() {
            return cases.size() > 1;
        }
    }

    /**
     * One card of the overview, in the same order as the case page: the task first. {@code objection} (the latest)
     * and {@code plan} (the one in force) may be null.
     */
    public record CaseSummary(String caseNumber, String creditorName, CaseStage stage, CaseSituation situation,
                              boolean objectionUnderReview, boolean onPaymentPlan, Disputes.Dispute objection,
                              CasePlans.ActivePlan plan) {
    }

    /**
     * Everything the case detail page shows.
     *
     * @param sats            the inkassosats the salær follows today, for the note on a provisional one
     * @param satsProvisional whether that sats is provisional
     * @param objection       the latest objection on the case (open or decided), or null
     * @param plan            the payment plan in force, or null
     */
    public record CaseDetail(String caseNumber, String creditorName, CaseStage stage, String kid,
                             String accountNumber, Breakdown balance, CaseSituation situation,
                             List<ClaimRow> claims, List<FeeRow> fees, List<InterestRow> interest,
                             List<PaymentRow> payments, List<EventRow> timeline, BalanceChart chart,
                             BigDecimal sats, boolean satsProvisional, Disputes.Dispute objection,
                             CasePlans.ActivePlan plan) {

        public boolean hasProvisionalInterest() {
            return interest.stream().anyMatch(InterestRow::provisional);
        }

        public boolean hasReminderFee() {
            return fees.stream().anyMatch(f -> f.type() == CostType.REMINDER_FEE);
        }
    }

    public record ClaimRow(String invoiceNumber, String description, LocalDate dueDate, BigDecimal principal,
                           BigDecimal reminderFee, boolean cancelled) {
    }

    /**
     * One fee line. {@code satsChangedOn} is set when the salær follows a new inkassosats since it was added: the
     * day the new sats began, and {@code satsBefore} the one it was added at.
     */
    public record FeeRow(CostType type, String invoiceNumber, LocalDate incurredOn, BigDecimal sats, BigDecimal vat,
                         BigDecimal amount, BigDecimal outstanding, String legalBasis, boolean provisional,
                         LocalDate satsChangedOn, BigDecimal satsBefore) {
    }

    public record InterestRow(String invoiceNumber, LocalDate from, LocalDate to, long days, BigDecimal percent,
                              BigDecimal principal, BigDecimal amount, boolean provisional) {
    }

    public record PaymentRow(LocalDate paidOn, BigDecimal amount, BigDecimal toCosts, BigDecimal toInterest,
                             BigDecimal toPrincipal) {
    }

    /**
     * One line of the history. For a fee, {@code feeType} says which, and the amount is the fee's total after the
     * step (tungt salær replaces lett: the line says "raised to"). {@code repriced} marks a line the page adds: the
     * salær followed a new inkassosats, so the history reaches the amount the fee table shows.
     */
    public record EventRow(CaseEventType type, LocalDate on, BigDecimal amount, CostType feeType, boolean repriced) {
    }
}
