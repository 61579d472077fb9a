package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.auth.SessionInfo;
import no.minside.cases.progression.PauseLookup;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.fees.BalanceEngine;
import no.minside.fees.Breakdown;
import no.minside.fees.NextStep;
import no.minside.fees.RateTables;
import no.minside.rates.RateTablesProvider;
import no.minside.web.AgencyConfig;

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
    private final CaseRecordsLoader loader;
    private final RateTablesProvider rates;
    private final TimeSource time;
    private final AgencyConfig agency;
    private final PauseLookup pauses;

    DebtorCaseService(CaseRepository cases, CaseRecordsLoader loader, RateTablesProvider rates, TimeSource time,
                      AgencyConfig agency, PauseLookup pauses) {
        this.pauses = pauses;
        this.cases = cases;
        this.loader = loader;
        this.rates = rates;
        this.time = time;
        this.agency = agency;
    }

    @Transactional
    public List<DebtorCaseViews.CaseSummary> overview(SessionInfo session) {
        List<CollectionCase> visible = session.caseId() != null
                ? List.of(cases.findById(session.caseId()))
                : loader.casesOfDebtor(session.debtorId());
        RateTables tables = rates.current();
        BalanceEngine engine = new BalanceEngine(time.clock());
        LocalDate today = time.today();
        Map<Long, LocalDate> paused = pauses.pausedSince(visible.stream().map(c -> c.id).toList());
        return loader.loadForBalance(visible).stream().map(records -> {
            Breakdown balance = engine.breakdown(records.facts(paused.get(records.collectionCase().id)), tables,
                    today);
            CollectionCase c = records.collectionCase();
            return new DebtorCaseViews.CaseSummary(c.caseNumber, records.creditor().name, c.stage,
                    nextDeadline(balance.nextStep()), balance.totalDue(), false, false);
        }).toList();
    }

    @Transactional
    public DebtorCaseViews.CaseDetail detail(SessionInfo session, String caseNumber) {
        CollectionCase c = cases.findByCaseNumber(caseNumber)
                .filter(found -> Objects.equals(found.debtorId, session.debtorId()))
                .filter(found -> session.caseId() == null || session.caseId().equals(found.id))
                .orElseThrow(() -> new NotFoundException("Case"));
        CaseRecords records = loader.load(c);
        Breakdown balance = new BalanceEngine(time.clock()).breakdown(
                records.facts(pauses.pausedSince(List.of(c.id)).get(c.id)), rates.current(), time.today());
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

    /** The last day to pay before the next step: the step happens the day after its deadline. */
    static LocalDate nextDeadline(NextStep next) {
        return next == null || next.on() == null ? null : next.on().minusDays(1);
    }
}
