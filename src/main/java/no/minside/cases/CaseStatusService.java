package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.creditors.Creditor;
import no.minside.debtors.Debtor;
import no.minside.debtors.DebtorRepository;
import no.minside.payments.Payment;
import no.minside.payments.PaymentRepository;
import no.minside.payments.PaymentResult;
import no.minside.payments.PaymentService;

/** Reads a case for its creditor: status, claims, payments and timeline, in a fixed number of queries. */
@ApplicationScoped
public class CaseStatusService {

    private final CaseRepository cases;
    private final ClaimRepository claims;
    private final PaymentRepository payments;
    private final CaseEventRepository events;
    private final DebtorRepository debtors;

    CaseStatusService(CaseRepository cases, ClaimRepository claims, PaymentRepository payments,
                      CaseEventRepository events, DebtorRepository debtors) {
        this.cases = cases;
        this.claims = claims;
        this.payments = payments;
        this.events = events;
        this.debtors = debtors;
    }

    @Transactional
    public CaseStatus forCreditor(Creditor creditor, String caseNumber) {
        CollectionCase c = cases.findByCaseNumberForCreditor(caseNumber, creditor.id)
                .orElseThrow(() -> new NotFoundException("Case"));
        Debtor debtor = debtors.findById(c.debtorId);
        return new CaseStatus(c.caseNumber, c.creditorReference, c.kid, c.stage,
                c.collectionNoticeSentOn, c.collectionNoticeDeadline, c.paymentDemandSentOn, c.paymentDemandDeadline,
                new CaseStatus.DebtorSummary(debtor.kind, debtor.name,
                        debtor.nationalId == null ? null : NationalId.mask(debtor.nationalId),
                        debtor.organisationNumber),
                claims.findByCase(c.id).stream()
                        .map(k -> new CaseStatus.ClaimSummary(k.invoiceNumber, k.description, k.principal, k.dueDate,
                                k.reminderFee, k.cancelledOn))
                        .toList(),
                payments.findByCase(c.id).stream()
                        .map(p -> new CaseStatus.PaymentSummary(p.externalId, p.amount, p.paidOn, p.kid))
                        .toList(),
                events.findTimeline(c.id).stream()
                        .map(e -> new CaseStatus.EventSummary(e.type, e.occurredOn, e.amount, e.detail))
                        .toList());
    }

    @Transactional
    public PaymentResult paymentResult(PaymentService.Registered registered) {
        Payment p = registered.payment();
        CollectionCase c = registered.collectionCase();
        return new PaymentResult(p.externalId, p.amount, p.paidOn, p.registeredAt, c.caseNumber, c.stage, null,
                registered.created());
    }
}
