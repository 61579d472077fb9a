package no.minside.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.minside.fees.DebtorKind;
import no.minside.fees.Breakdown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its creditor sees it through the API, with the balance breakdown; the national id is masked.
 * {@code objection} is the latest objection (open, or its outcome) and {@code plan} the payment plan in force; each is
 * left out when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseStatus(String caseNumber, String creditorReference, String kid, CaseStage status,
                         LocalDate collectionNoticeSentOn, LocalDate collectionNoticeDeadline,
                         LocalDate paymentDemandSentOn, LocalDate paymentDemandDeadline,
                         DebtorSummary debtor, List<ClaimSummary> claims, List<PaymentSummary> payments,
                         List<EventSummary> timeline, Breakdown balance, Disputes.Dispute objection,
                         CasePlans.ActivePlan plan) {

    public record DebtorSummary(DebtorKind kind, String name, String maskedNationalId, String organisationNumber) {
    }

    public record ClaimSummary(String invoiceNumber, String description, BigDecimal principal, LocalDate dueDate,
                               BigDecimal reminderFee, LocalDate cancelledOn) {
    }

    public record PaymentSummary(String paymentId, BigDecimal amount, LocalDate paidOn, String kid) {
    }

    public record EventSummary(CaseEventType type, LocalDate on, BigDecimal amount, String detail) {
    }
}
