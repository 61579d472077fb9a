package no.minside.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import no.minside.common.AgencyConfig;
import no.minside.common.KeptBody;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Visitor;
import no.minside.fees.Breakdown;
import no.minside.fees.CostType;
import no.minside.fees.FeeLine;
import no.minside.fees.InkassoRate;
import no.minside.fees.NextStep;
import no.minside.fees.PaymentAllocation;
import no.minside.fees.RateTables;
import no.minside.rates.RateTablesProvider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
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
    private final Instance<Disputes> disputes;
    private final PlanLookup plans;
    private final KeptCaseViews kept;
    private final TimeSource time;
    private final RateTablesProvider rates;

    DebtorCaseService(CaseRepository cases, CaseBalances balances, AgencyConfig agency, Instance<Disputes> disputes,
                      PlanLookup plans, KeptCaseViews kept, TimeSource time, RateTablesProvider rates) {
        this.kept = kept;
        this.time = time;
        this.rates = rates;
        this.cases = cases;
        this.balances = balances;
        this.agency = agency;
        this.disputes = disputes;
        this.plans = plans;
    }

    /**
     * The overview's content in this language (UTF-8), rendered by {@code render} and kept until one of its cases
     * changes, a case comes or goes, or the day turns. A kept overview costs one statement and no transaction: its
     * cases' versions, read in autocommit. A page not kept is worked out in a read-only transaction, from the cases
     * as that transaction reads them (a change since the versions were read gives a new key, not a stale page).
     */
    public KeptBody overviewPage(Visitor visitor, String language, Function<DebtorCaseViews.Overview, String> render) {
        LocalDate today = time.today();
        long ratesVersion = rates.versioned().version();
        List<KeptCaseViews.Key> keys = cases.versionsOfDebtor(visitor.debtorId(), visibleCase(visitor)).stream()
                .map(v -> KeptCaseViews.Key.of(v, today, ratesVersion)).toList();
        KeptBody page = kept.keptPage(new KeptCaseViews.PageKey(keys, language));
        return page != null ? page
                : QuarkusTransaction.joiningExisting()
                        .call(() -> workedOutOverview(visitor, language, today, ratesVersion, render));
    }

    private KeptBody workedOutOverview(Visitor visitor, String language, LocalDate today, long ratesVersion,
                                       Function<DebtorCaseViews.Overview, String> render) {
        cases.readOnlyTransaction();
        List<CaseHead> heads = cases.headsOfDebtor(visitor.debtorId(), visibleCase(visitor));
        List<KeptCaseViews.Key> keys = heads.stream().map(h -> KeptCaseViews.Key.of(h, today, ratesVersion)).toList();
        return kept.page(new KeptCaseViews.PageKey(keys, language), keys,
                page -> render.apply(overviewOf(heads, today, ratesVersion)));
    }

    /** The one case a PIN login may see, or null for all the debtor's. */
    private static Long visibleCase(Visitor visitor) {
        return visitor.isPinLogin() ? visitor.caseId() : null;
    }

    /** The overview of these cases, each card kept ({@link KeptCaseViews}) until its case changes or the day turns. */
    private DebtorCaseViews.Overview overviewOf(List<CaseHead> heads, LocalDate today, long ratesVersion) {
        Map<Long, DebtorCaseViews.CaseSummary> found = new HashMap<>();
        Map<Long, KeptCaseViews.Key> missing = new HashMap<>();
        List<CollectionCase> toCompute = new ArrayList<>();
        for (CaseHead head : heads) {
            KeptCaseViews.Key key = KeptCaseViews.Key.of(head, today, ratesVersion);
            DebtorCaseViews.CaseSummary summary = kept.summary(key);
            if (summary == null) {
                missing.put(key.caseId(), key);
                toCompute.add(head.collectionCase());
            } else {
                found.put(key.caseId(), summary);
            }
        }
        Map<KeptCaseViews.Key, DebtorCaseViews.CaseSummary> worked = new HashMap<>();
        summaries(toCompute).forEach((caseId, summary) -> {
            found.put(caseId, summary);
            worked.put(missing.get(caseId), summary);
        });
        kept.keepSummaries(worked);
        List<DebtorCaseViews.CaseSummary> summaries = heads.stream().map(h -> found.get(h.collectionCase().id))
                .toList();
        BigDecimal total = summaries.stream().map(c -> c.situation().due()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.UNNECESSARY);
        long creditors = summaries.stream().map(DebtorCaseViews.CaseSummary::creditorName).distinct().count();
        return new DebtorCaseViews.Overview(summaries, total, creditors);
    }

    /** The overview's cards of these cases, by case id, in a fixed number of queries however many. */
    private Map<Long, DebtorCaseViews.CaseSummary> summaries(List<CollectionCase> visible) {
        if (visible.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = visible.stream().map(c -> c.id).toList();
        Map<Long, Disputes.Dispute> objections = disputes.isResolvable() ? disputes.get().latest(ids) : Map.of();
        Map<Long, CasePlans.ActivePlan> active = plans.activePlans(ids);
        Map<Long, DebtorCaseViews.CaseSummary> summaries = new HashMap<>();
        for (CaseBalance balance : balances.of(visible, CaseBalances.Detail.BALANCE)) {
            CollectionCase c = balance.collectionCase();
            summaries.put(c.id, new DebtorCaseViews.CaseSummary(c.caseNumber, balance.records().creditor().name,
                    c.stage, CaseGuide.situation(balance), balance.objectionUnderReview(), active.containsKey(c.id),
                    objections.get(c.id), active.get(c.id)));
        }
        return summaries;
    }

    /**
     * The case page's content in this language (UTF-8), rendered by {@code render} from the case's view and kept
     * until the case changes or the day turns. A kept page costs one statement and no transaction, as the overview.
     */
    public KeptBody detailPage(Visitor visitor, String caseNumber, String language,
                               Function<DebtorCaseViews.CaseDetail, String> render) {
        CaseVersion version = ownedVersion(visitor, caseNumber);
        LocalDate today = time.today();
        long ratesVersion = rates.versioned().version();
        KeptBody page = kept.keptPage(new KeptCaseViews.PageKey(KeptCaseViews.Key.of(version, today, ratesVersion),
                language));
        return page != null ? page
                : QuarkusTransaction.joiningExisting()
                        .call(() -> workedOutDetail(visitor, caseNumber, language, today, ratesVersion, render));
    }

    private KeptBody workedOutDetail(Visitor visitor, String caseNumber, String language, LocalDate today,
                                     long ratesVersion, Function<DebtorCaseViews.CaseDetail, String> render) {
        cases.readOnlyTransaction();
        CaseHead head = cases.headByCaseNumber(caseNumber)
                .filter(found -> mayView(visitor, found.collectionCase()))
                .orElseThrow(() -> new NotFoundException("Case"));
        KeptCaseViews.Key key = KeptCaseViews.Key.of(head, today, ratesVersion);
        return kept.page(new KeptCaseViews.PageKey(key, language), List.of(key),
                page -> render.apply(detailOf(balances.of(head.collectionCase(), CaseBalances.Detail.TIMELINE))));
    }

    /** The case page's view of a loaded case, for the debtor's page and the staff case view alike. */
    DebtorCaseViews.CaseDetail detailOf(CaseBalance caseBalance) {
        CollectionCase c = caseBalance.collectionCase();
        CaseRecords records = caseBalance.records();
        Breakdown balance = caseBalance.breakdown();
        RateTables rates = caseBalance.rates();
        Map<Long, String> invoiceByClaim = records.claims().stream()
                .collect(Collectors.toMap(k -> k.id, k -> k.invoiceNumber));
        Map<Long, Claim> claimsById = records.claims().stream().collect(Collectors.toMap(k -> k.id, Function.identity()));
        List<DebtorCaseViews.FeeRow> fees = balance.fees().stream().map(f -> feeRow(f, invoiceByClaim, rates)).toList();
        InkassoRate sats = rates.inkassoRateOn(caseBalance.today());
        return new DebtorCaseViews.CaseDetail(c.caseNumber, records.creditor().name, c.stage, c.kid,
                agency.accountNumber(), balance, CaseGuide.situation(caseBalance),
                balance.claims().stream().map(k -> new DebtorCaseViews.ClaimRow(k.invoiceNumber(), k.description(),
                        k.dueDate(), k.principal(), claimsById.get(k.claimId()).reminderFee, k.cancelled())).toList(),
                fees,
                balance.interest().stream().map(i -> new DebtorCaseViews.InterestRow(invoiceByClaim.get(i.claimId()),
                        i.from(), i.to(), i.days(), i.percent(), i.principal(), i.amount(), i.provisional())).toList(),
                balance.payments().stream().map(p -> new DebtorCaseViews.PaymentRow(p.paidOn(), p.amount(),
                        p.toCosts(), p.toInterest(), p.toPrincipal())).toList(),
                history(records.timeline(), fees),
                BalanceChart.of(balance.history(), balance.payments().stream().map(PaymentAllocation::paidOn).toList(),
                        balance.fees().stream().map(FeeLine::incurredOn).toList()),
                sats.amount(), sats.provisional(),
                disputes.isResolvable() ? disputes.get().latest(c.id).orElse(null) : null,
                plans.activePlans(List.of(c.id)).get(c.id));
    }

    /** A fee line, with the day its salær began to follow a new sats when it no longer is the one it was added at. */
    private static DebtorCaseViews.FeeRow feeRow(FeeLine f, Map<Long, String> invoiceByClaim, RateTables rates) {
        LocalDate changedOn = null;
        BigDecimal before = null;
        if (f.sats() != null && (f.type() == CostType.LIGHT_FEE || f.type() == CostType.HEAVY_FEE)) {
            InkassoRate atTheTime = rates.inkassoRateOn(f.incurredOn());
            if (atTheTime.amount().compareTo(f.sats()) != 0) {
                before = atTheTime.amount();
                changedOn = rates.inkassoRates().stream()
                        .filter(r -> r.validFrom().isAfter(f.incurredOn()) && r.amount().compareTo(f.sats()) == 0)
                        .map(InkassoRate::validFrom).findFirst().orElse(null);
            }
        }
        return new DebtorCaseViews.FeeRow(f.type(), f.claimId() == null ? null : invoiceByClaim.get(f.claimId()),
                f.incurredOn(), f.sats(), f.vat(), f.amount(), f.outstanding(), f.legalBasis(), f.provisional(),
                changedOn, before);
    }

    /**
     * The stored timeline, read so that its amounts agree with the tables: a fee line names its fee, tungt salær
     * reads as "raised to" its total, and a salær that followed a new sats gets a line of its own on the day the
     * sats began, with the amount the fee table shows.
     */
    private static List<DebtorCaseViews.EventRow> history(List<CaseEvent> events, List<DebtorCaseViews.FeeRow> fees) {
        List<DebtorCaseViews.EventRow> rows = new ArrayList<>();
        for (CaseEvent e : events) {
            CostType feeType = e.type == CaseEventType.FEE_ADDED ? feeTypeOf(e.detail) : null;
            rows.add(new DebtorCaseViews.EventRow(e.type, e.occurredOn, e.amount, feeType, false));
        }
        for (DebtorCaseViews.FeeRow fee : fees) {
            if (fee.satsChangedOn() != null) {
                rows.add(new DebtorCaseViews.EventRow(CaseEventType.FEE_ADDED, fee.satsChangedOn(), fee.amount(),
                        fee.type(), true));
            }
        }
        rows.sort(Comparator.comparing(DebtorCaseViews.EventRow::on));
        return rows;
    }

    /** The fee an event's detail names ("HEAVY_FEE 10042 (replaces LIGHT_FEE)"), or null for an older one. */
    private static CostType feeTypeOf(String detail) {
        if (detail == null) {
            return null;
        }
        String first = detail.split(" ", 2)[0];
        for (CostType type : CostType.values()) {
            if (type.name().equals(first)) {
                return type;
            }
        }
        return null;
    }

    /**
     * A view of the debtor's case that another page works out from it (the plan options), kept as the case page is,
     * under the case's versions, the rate tables and the day, and under {@code dependsOn}: what else it is worked out
     * from, read for the case's version on each request (a value with equals). {@code work} runs in the caller's
     * transaction when it is not kept. Another debtor's case, or not the letter's for a PIN login, is not found.
     */
    public <V> V keptView(Visitor visitor, String caseNumber, Function<CaseVersion, Object> dependsOn, Class<V> type,
                          Supplier<V> work) {
        CaseVersion version = ownedVersion(visitor, caseNumber);
        KeptCaseViews.Key key = KeptCaseViews.Key.of(version, time.today(), rates.versioned().version());
        return kept.view(new KeptCaseViews.ViewKey(dependsOn.apply(version), key), type, work);
    }

    private CaseVersion ownedVersion(Visitor visitor, String caseNumber) {
        return cases.versionByCaseNumber(caseNumber)
                .filter(found -> mayView(visitor, found.debtorId(), found.caseId()))
                .orElseThrow(() -> new NotFoundException("Case"));
    }

    /**
     * The case behind a case number if this visitor may see it: their own, and for a PIN login only the letter's
     * case. Anything else is not found, whether it exists or not.
     */
    @Transactional
    public CollectionCase owned(Visitor visitor, String caseNumber) {
        return cases.findByCaseNumber(caseNumber).filter(found -> mayView(visitor, found))
                .orElseThrow(() -> new NotFoundException("Case"));
    }

    /** The debtor's own case, and for a PIN login only the letter's case. */
    private static boolean mayView(Visitor visitor, CollectionCase c) {
        return mayView(visitor, c.debtorId, c.id);
    }

    private static boolean mayView(Visitor visitor, Long debtorId, long caseId) {
        return visitor.isDebtor() && Objects.equals(debtorId, visitor.debtorId())
                && (!visitor.isPinLogin() || visitor.caseId().equals(caseId));
    }

    /** The creditor's name, for a page about the case. */
    @Transactional
    public String creditorName(CollectionCase c) {
        return balances.of(c, CaseBalances.Detail.BALANCE).records().creditor().name;
    }

    /** The last day to pay before the next step (the step happens the day after its deadline). */
    static LocalDate nextDeadline(NextStep next) {
        return next == null || next.on() == null ? null : next.on().minusDays(1);
    }
}
