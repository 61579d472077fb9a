package no.minside.cases;

import no.minside.fees.Breakdown;
import no.minside.letters.LetterKind;

import java.time.Instant;
import java.util.List;

/** A case as support sees it on the phone with the debtor: who, what is owed and why, and the whole history. */
public record StaffCaseView(String caseNumber, String kid, CaseStage stage, String creditorName, String debtorName,
                            String maskedId, String address, Breakdown balance, CaseSituation situation,
                            List<DebtorCaseViews.ClaimRow> claims, List<DebtorCaseViews.FeeRow> fees,
                            List<DebtorCaseViews.EventRow> timeline, List<HeldPayment> heldPayments,
                            List<LetterRow> letters) {

    /** A payment held for review: not in the balance. */
    public record HeldPayment(String paymentId, java.math.BigDecimal amount, java.time.LocalDate paidOn,
                              String reason) {
    }

    /** A letter sent or waiting; never its PIN. */
    public record LetterRow(LetterKind kind, Instant createdAt, Instant printedAt) {
    }
}
