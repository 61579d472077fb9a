package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.AgencyConfig;
import no.minside.common.NotFoundException;
import no.minside.common.Visitor;
import no.minside.fees.Breakdown;
import no.minside.fees.NextStep;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The debtor's view of their cases. Owns the ownership rule: a PIN login sees its one case, and anyone asking for a
 * case that is not theirs gets 404, exactly as for a case that does not exist.
 */
@ApplicationScoped
public class DebtorCaseService {

    private final CaseRepository cases;
    private final CaseBalances balances;
    private final AgencyConfig agency;

    DebtorCaseService(CaseRepository cases, CaseBalances balances, AgencyConfig agency) {
        this.cases = cases;
        this.balances = balances;
        this.agency = agency;
    }

    @Transactional
    public List<DebtorCaseViews.CaseSummary> overview(Visitor visitor) {
        List<CollectionCase> visible = visitor.isPinLogin()
                ? List.of(cases.findById(visitor.caseId()))
                : cases.findByDebtor(visitor.debtorId());
        return balances.of(visible, CaseBalances.Detail.BALANCE).stream().map(balance -> {
            CollectionCase c = balance.collectionCase();
            Breakdown breakdown = balance.breakdown();
            return new DebtorCaseViews.CaseSummary(c.caseNumber, balance.records().creditor().name, c.stage,
                    nextDeadline(breakdown.nextStep()), breakdown.totalDue(), balance.objectionUnderReview(),
                    balance.onPaymentPlan());
        }).toList();
    }

    @Transactional
    public DebtorCaseViews.CaseDetail detail(Visitor visitor, String caseNumber) {
        CollectionCase c = owned(visitor, caseNumber);
        CaseBalance caseBalance = balances.of(c, CaseBalances.Detail.TIMELINE);
        CaseRecords records = caseBalance.records();
        Breakdown balance = caseBalance.breakdown();
        Map<Long, String> invoiceByClaim = records.claims().stream()
                .collect(Collectors.toMap(k -> k.id, k -> k.invoiceNumber));
        Map<Long, Claim> claimsById = records.claims().stream().collect(Collectors.toMap(k -> k.id, Function.identity()));
        return new DebtorCaseViews.CaseDetail(c.caseNumber, records.creditor().name, c.stage, c.kid,
                agency.accountNumber(), balance, nextDeadline(balance.nextStep()), balance.nextStep(),
                balance.claims().stream().map(k -> new DebtorCaseViews.ClaimRow(k.invoiceNumber(), k.description(),
                        k.dueDate(), k.principal(), claimsById.get(k.claimId()).reminderFee, k.cancelled())).toList(),
                balance.fees().stream().map(f -> new DebtorCaseViews.FeeRow(f.type(),
                        f.claimId() == null ? null : invoiceByClaim.get(f.claimId()), f.incurredOn(), f.sats(), f.vat(),
                        f.amount(), f.outstanding(), f.legalBasis(), f.provisional())).toList(),
                balance.interest().stream().map(i -> new DebtorCaseViews.InterestRow(invoiceByClaim.get(i.claimId()),
                        i.from(), i.to(), i.days(), i.percent(), i.principal(), i.amount(), i.provisional())).toList(),
                balance.payments().stream().map(p -> new DebtorCaseViews.PaymentRow(p.paidOn(), p.amount(),
                        p.toCosts(), p.toInterest(), p.toPrincipal())).toList(),
                records.timeline().stream().map(e -> new DebtorCaseViews.EventRow(e.type, e.occurredOn, e.amount))
                        .toList(),
                BalanceChart.of(balance.history()));
    }

    /**
     * The case behind a case number if this visitor may see it: their own, and for a PIN login only the letter's
     * case. Anything else is not found, whether it exists or not.
     */
    @Transactional
    public CollectionCase owned(Visitor visitor, String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .filter(found -> visitor.isDebtor() && Objects.equals(found.debtorId, visitor.debtorId()))
                .filter(found -> !visitor.isPinLogin() || visitor.caseId().equals(found.id))
                .orElseThrow(() -> new NotFoundException("Case"));
    }

    /** The last day to pay before the next step: the step happens the day after its deadline. */
    static LocalDate nextDeadline(NextStep next) {
        return next == null || next.on() == null ? null : next.on().minusDays(1);
    }
}
