package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.creditors.Creditor;
import no.minside.debtors.Debtor;

/** Reads a case for its creditor: status, claims, payments, timeline and balance, in a fixed number of queries. */
@ApplicationScoped
public class CaseStatusService {

    private final CaseRepository cases;
    private final CaseBalances balances;
    private final Instance<Disputes> disputes;
    private final PlanLookup plans;

    CaseStatusService(CaseRepository cases, CaseBalances balances, Instance<Disputes> disputes, PlanLookup plans) {
        this.cases = cases;
        this.balances = balances;
        this.disputes = disputes;
        this.plans = plans;
    }

    @Transactional
    public CaseStatus forCreditor(Creditor creditor, String caseNumber) {
        CollectionCase c = cases.findByCaseNumberForCreditor(caseNumber, creditor.id)
                .orElseThrow(() -> new NotFoundException("Case"));
        CaseBalance balance = balances.of(c, CaseBalances.Detail.TIMELINE);
        CaseRecords records = balance.records();
        Debtor debtor = records.debtor();
        return new CaseStatus(c.caseNumber, c.creditorReference, c.kid, c.stage,
                c.collectionNoticeSentOn, c.collectionNoticeDeadline, c.paymentDemandSentOn, c.paymentDemandDeadline,
                new CaseStatus.DebtorSummary(debtor.kind, debtor.name,
                        debtor.nationalId == null ? null : NationalId.mask(debtor.nationalId),
                        debtor.organisationNumber),
                records.claims().stream()
                        .map(k -> new CaseStatus.ClaimSummary(k.invoiceNumber, k.description, k.principal, k.dueDate,
                                k.reminderFee, k.cancelledOn))
                        .toList(),
                records.payments().stream()
                        .map(p -> new CaseStatus.PaymentSummary(p.externalId, p.amount, p.paidOn, p.kid))
                        .toList(),
                records.timeline().stream()
                        .map(e -> new CaseStatus.EventSummary(e.type, e.occurredOn, e.amount, e.detail))
                        .toList(),
                balance.breakdown(),
                disputes.isResolvable() ? disputes.get().latest(c.id).orElse(null) : null,
                plans.activePlans(java.util.List.of(c.id)).get(c.id));
    }
}
