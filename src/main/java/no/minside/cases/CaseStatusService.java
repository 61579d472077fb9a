package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.cases.progression.PauseLookup;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.creditors.Creditor;
import no.minside.debtors.Debtor;
import no.minside.fees.BalanceEngine;
import no.minside.fees.Breakdown;
import no.minside.payments.Payment;
import no.minside.payments.PaymentResult;
import no.minside.payments.PaymentService;
import no.minside.rates.RateTablesProvider;

import java.util.List;

/** Reads a case for its creditor: status, claims, payments, timeline and balance, in a fixed number of queries. */
@ApplicationScoped
public class CaseStatusService {

    private final CaseRepository cases;
    private final CaseRecordsLoader loader;
    private final RateTablesProvider rates;
    private final TimeSource time;
    private final PauseLookup pauses;

    CaseStatusService(CaseRepository cases, CaseRecordsLoader loader, RateTablesProvider rates, TimeSource time,
                      PauseLookup pauses) {
        this.pauses = pauses;
        this.cases = cases;
        this.loader = loader;
        this.rates = rates;
        this.time = time;
    }

    @Transactional
    public CaseStatus forCreditor(Creditor creditor, String caseNumber) {
        CollectionCase c = cases.findByCaseNumberForCreditor(caseNumber, creditor.id)
                .orElseThrow(() -> new NotFoundException("Case"));
        CaseRecords records = loader.load(c);
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
                breakdown(records));
    }

    @Transactional
    public PaymentResult paymentResult(PaymentService.Registered registered) {
        Payment p = registered.payment();
        CollectionCase c = cases.findById(registered.collectionCase().id);
        Breakdown balance = breakdown(loader.loadForBalance(List.of(c)).get(0));
        return new PaymentResult(p.externalId, p.amount, p.paidOn, p.registeredAt, c.caseNumber, c.stage,
                balance.totalDue(), registered.created());
    }

    private Breakdown breakdown(CaseRecords records) {
        long caseId = records.collectionCase().id;
        return new BalanceEngine(time.clock()).breakdown(
                records.facts(pauses.pausedSince(java.util.List.of(caseId)).get(caseId)), rates.current(), time.today());
    }
}
