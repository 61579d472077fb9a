package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link PlanRequest}s for tests. Unless told otherwise: today is 2 Mar 2026, only principal is owed, interest
 * is 0 % (so the arithmetic in a test is the rule's alone), the DOMAIN.md default policy, sats 750,00 without VAT,
 * a clean case and no budget.
 */
final class PlanRequests {

    static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    private LocalDate today = TODAY;
    private BigDecimal costs = money("0.00");
    private BigDecimal interest = money("0.00");
    private BigDecimal principal;
    private List<RatePeriod> rates = List.of(new RatePeriod(LocalDate.parse("2020-01-01"), null, money("0")));
    private AllocationOrder order = AllocationOrder.COSTS_INTEREST_PRINCIPAL;
    private boolean legalStage;
    private boolean openObjection;
    private final List<PastPlan> history = new ArrayList<>();
    private PlanPolicy policy = PlanPolicy.defaults("test-1");
    private SurchargeBasis surcharge = new SurchargeBasis(money("750.00"), true, false);
    private Proposal proposal;
    private Budget budget;
    private LivingAllowances allowances = july2024();

    private PlanRequests(String principal) {
        this.principal = money(principal);
    }

    /** A debt of this much principal and nothing else. */
    static PlanRequests owing(String principal) {
        return new PlanRequests(principal);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static LocalDate date(String date) {
        return LocalDate.parse(date);
    }

    /** The living allowances from 1 Jul 2024 (DOMAIN.md), not provisional. */
    static LivingAllowances july2024() {
        return new LivingAllowances(money("10724.00"), money("9082.00"), money("3432.00"), money("4553.00"),
                money("5747.00"), money("6611.00"), false);
    }

    /** The two 2025/2026 half-years of DOMAIN.md: 12,25 % to the new year, 12,00 % from it. */
    static List<RatePeriod> domainRates() {
        return List.of(new RatePeriod(date("2025-07-01"), date("2025-12-31"), money("12.25")),
                new RatePeriod(date("2026-01-01"), date("2026-06-30"), money("12.00")),
                new RatePeriod(date("2026-07-01"), null, money("12.00")));
    }

    PlanRequests today(String date) {
        this.today = date(date);
        return this;
    }

    PlanRequests costs(String amount) {
        this.costs = money(amount);
        return this;
    }

    PlanRequests interest(String amount) {
        this.interest = money(amount);
        return this;
    }

    PlanRequests rates(List<RatePeriod> periods) {
        this.rates = periods;
        return this;
    }

    /** One rate from long ago, open-ended. */
    PlanRequests rate(String percent) {
        this.rates = List.of(new RatePeriod(date("2020-01-01"), null, money(percent)));
        return this;
    }

    PlanRequests order(AllocationOrder allocationOrder) {
        this.order = allocationOrder;
        return this;
    }

    PlanRequests legalStage() {
        this.legalStage = true;
        return this;
    }

    PlanRequests openObjection() {
        this.openObjection = true;
        return this;
    }

    PlanRequests pastPlan(PlanKind kind, boolean onThisCase, String brokenOn) {
        history.add(new PastPlan(kind, onThisCase, brokenOn == null ? null : date(brokenOn)));
        return this;
    }

    PlanRequests policy(PlanPolicy planPolicy) {
        this.policy = planPolicy;
        return this;
    }

    PlanRequests surchargeWaived() {
        this.policy = policy.withSurchargeWaived(true);
        return this;
    }

    PlanRequests sats(String sats, boolean provisional, boolean addVat) {
        this.surcharge = new SurchargeBasis(money(sats), provisional, addVat);
        return this;
    }

    PlanRequests months(int months, String firstDue) {
        this.proposal = Proposal.ofMonths(months, date(firstDue));
        return this;
    }

    /** Months from a first due date {@code days} after today. */
    PlanRequests months(int months, int days) {
        this.proposal = Proposal.ofMonths(months, today.plusDays(days));
        return this;
    }

    PlanRequests monthly(String amount, String firstDue) {
        this.proposal = Proposal.ofMonthlyAmount(money(amount), date(firstDue));
        return this;
    }

    PlanRequests monthly(String amount, int days) {
        this.proposal = Proposal.ofMonthlyAmount(money(amount), today.plusDays(days));
        return this;
    }

    PlanRequests budget(String netIncome, String housing, int adults, int children0to5, int children6to10,
            int children11to14, int children15plus, String otherDebts) {
        this.budget = new Budget(money(netIncome), money(housing), adults, children0to5, children6to10,
                children11to14, children15plus, money(otherDebts));
        return this;
    }

    PlanRequests allowances(LivingAllowances livingAllowances) {
        this.allowances = livingAllowances;
        return this;
    }

    PlanRequest build() {
        return new PlanRequest(today, new OpeningBalance(costs, interest, principal), rates, order,
                new CaseSituation(legalStage, openObjection, history), policy, surcharge, proposal, budget,
                budget == null ? null : allowances);
    }

    PlanEvaluation evaluate() {
        return new PlanEvaluator().evaluate(build());
    }
}
