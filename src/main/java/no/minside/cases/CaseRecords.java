package no.minside.cases;

import no.minside.creditors.Creditor;
import no.minside.debtors.Debtor;
import no.minside.fees.CaseFacts;
import no.minside.fees.ClaimFacts;
import no.minside.fees.CostType;
import no.minside.fees.CreditorPolicy;
import no.minside.fees.PaymentFacts;
import no.minside.fees.RecordedFee;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything stored about one case, loaded together: what the pages, the API and the stage job read, and the facts
 * the balance engine computes from.
 */
public record CaseRecords(CollectionCase collectionCase, Creditor creditor, Debtor debtor, List<Claim> claims,
                          List<Payment> payments, List<CostLine> costLines, List<CaseEvent> timeline) {

    /** The engine's view of the case; {@code pausedSince} is set while an objection or a plan holds the case. */
    public CaseFacts facts(LocalDate pausedSince) {
        CollectionCase c = collectionCase;
        return new CaseFacts(debtor.kind,
                new CreditorPolicy(creditor.vatRegistered, creditor.effectiveAllocationOrder()),
                c.collectionNoticeSentOn, c.paymentDemandSentOn, c.paymentDemandDeadline, pausedSince,
                claims.stream().map(k -> new ClaimFacts(k.id, k.invoiceNumber, k.description, k.principal, k.dueDate,
                        k.reminderFee, k.cancelledOn)).toList(),
                payments.stream().map(p -> new PaymentFacts(p.id, p.amount, p.paidOn)).toList(),
                costLines.stream().filter(line -> isStatutoryFee(line.type) || line.type == CostLineType.PLAN_SURCHARGE)
                        .map(line -> line.type == CostLineType.PLAN_SURCHARGE
                                ? new RecordedFee(CostType.PLAN_SURCHARGE, null, line.incurredOn, line.amount,
                                        line.vatAmount)
                                : new RecordedFee(CostType.valueOf(line.type.name()), line.claimId, line.incurredOn))
                        .toList(),
                // The stored deadline is the normal 14 days unless a pause moved it.
                c.collectionNoticeDeadline != null
                        && c.collectionNoticeDeadline.isAfter(c.collectionNoticeSentOn.plusDays(CaseFacts.NOTICE_DAYS))
                        ? c.collectionNoticeDeadline : null);
    }

    private static boolean isStatutoryFee(CostLineType type) {
        return type == CostLineType.COLLECTION_NOTICE_FEE || type == CostLineType.LIGHT_FEE
                || type == CostLineType.HEAVY_FEE;
    }
}
