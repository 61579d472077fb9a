package no.minside.cases;

import no.minside.fees.Breakdown;
import no.minside.fees.CostType;
import no.minside.fees.NextStep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The records the debtor's case pages are rendered from; every amount comes from the balance engine. */
public final class DebtorCaseViews {

    private DebtorCaseViews() {
    }

    /** One row of the overview. */
    public record CaseSummary(String caseNumber, String creditorName, CaseStage stage, LocalDate nextDeadline,
                              BigDecimal totalDue, boolean objectionUnderReview, boolean onPaymentPlan) {
    }

    /** Everything the case detail page shows. */
    public record CaseDetail(String caseNumber, String creditorName, CaseStage stage, String kid,
                             String accountNumber, Breakdown balance, LocalDate nextDeadline, NextStep next,
                             List<ClaimRow> claims, List<FeeRow> fees, List<InterestRow> interest,
                             List<PaymentRow> payments, List<EventRow> timeline, BalanceChart chart) {
    }

    public record ClaimRow(String invoiceNumber, String description, LocalDate dueDate, BigDecimal principal,
                           BigDecimal reminderFee, boolean cancelled) {
    }

    public record FeeRow(CostType type, String invoiceNumber, LocalDate incurredOn, BigDecimal sats, BigDecimal vat,
                         BigDecimal amount, BigDecimal outstanding, String legalBasis, boolean provisional) {
    }

    public record InterestRow(String invoiceNumber, LocalDate from, LocalDate to, long days, BigDecimal percent,
                              BigDecimal principal, BigDecimal amount, boolean provisional) {
    }

    public record PaymentRow(LocalDate paidOn, BigDecimal amount, BigDecimal toCosts, BigDecimal toInterest,
                             BigDecimal toPrincipal) {
    }

    public record EventRow(CaseEventType type, LocalDate on, BigDecimal amount) {
    }
}
