package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.common.Visitor;
import no.minside.debtors.Debtor;
import no.minside.letters.LetterService;


/** The staff view of a case. Every view is audited: who looked at which debtor's data, and when. */
@ApplicationScoped
public class StaffCaseService {

    private final CaseRepository cases;
    private final CaseBalances balances;
    private final DebtorCaseService debtorCases;
    private final PaymentRepository payments;
    private final LetterService letters;
    private final AuditLog audit;

    StaffCaseService(CaseRepository cases, CaseBalances balances, DebtorCaseService debtorCases,
                     PaymentRepository payments, LetterService letters, AuditLog audit) {
        this.cases = cases;
        this.balances = balances;
        this.debtorCases = debtorCases;
        this.payments = payments;
        this.letters = letters;
        this.audit = audit;
    }

    @Transactional
    public StaffCaseView view(Visitor staff, String caseNumber) {
        CollectionCase c = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("Case"));
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "STAFF_VIEWED_CASE", "case:" + c.caseNumber, null);
        CaseBalance balance = balances.of(c, CaseBalances.Detail.TIMELINE);
        DebtorCaseViews.CaseDetail detail = debtorCases.detailOf(balance);
        Debtor d = balance.records().debtor();
        return new StaffCaseView(c.caseNumber, c.kid, c.stage, balance.records().creditor().name, d.name,
                d.nationalId != null ? NationalId.mask(d.nationalId) : d.organisationNumber,
                d.street + ", " + d.postalCode + " " + d.city, detail.balance(), detail.situation(), detail.claims(),
                detail.fees(), detail.timeline(),
                payments.findHeld(c.id).stream().map(p -> new StaffCaseView.HeldPayment(p.externalId, p.amount,
                        p.paidOn, p.heldReason)).toList(),
                letters.ofCase(c.id).stream().map(l -> new StaffCaseView.LetterRow(l.kind, l.createdAt, l.printedAt))
                        .toList());
    }

    /** What a search was for, in the audit trail: a national id only masked. */
    @Transactional
    public void searched(Visitor staff, String query, int hits) {
        String q = query == null ? "" : query.strip();
        String shown = q.replaceAll("[\\s.-]", "").matches("[0-9]{11}")
                ? NationalId.mask(q.replaceAll("[\\s.-]", "")) : q.length() > 60 ? q.substring(0, 60) : q;
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "STAFF_SEARCHED", "search", shown + " (" + hits + ")");
    }
}
