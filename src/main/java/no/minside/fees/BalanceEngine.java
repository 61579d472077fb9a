package no.minside.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Works out what a debtor owes on a case: principal, late interest and collection costs, how each payment was
 * allocated, what happens next and which stage moves the stage job has still to record. A pure function of the
 * case facts, the rate tables and the date.
 */
public final class BalanceEngine {

    /** Deadlines and rate periods are Norwegian calendar days. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Clock clock;

    public BalanceEngine(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in Norway by the engine's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OSLO);
    }

    /** The balance as of today in Norway. */
    public Breakdown breakdown(CaseFacts facts, RateTables rates) {
        return breakdown(facts, rates, today());
    }

    /** The balance at the end of {@code asOf}: only payments made by then count, and fees that fell due by then. */
    public Breakdown breakdown(CaseFacts facts, RateTables rates, LocalDate asOf) {
        CaseTimeline timeline = CaseTimeline.walk(facts, rates, asOf);
        List<ClaimBalance> claims = timeline.claimBalances();
        List<FeeLine> fees = timeline.feeLines();
        return new Breakdown(asOf, claims, fees, timeline.interestLines(),
                timeline.paymentAllocations(), timeline.principalOutstanding(), timeline.interestOutstanding(),
                timeline.feesOutstanding(), timeline.paidTotal(), timeline.overpaid(), timeline.totalDue(),
                nextStep(facts, timeline, asOf), timeline.history(),
                Breakdown.sumOf(claims, fees, timeline.paidTotal(), timeline.overpaid(), timeline.totalDue()),
                interestPerDay(timeline.principalOutstanding(), rates, asOf.plusDays(1)));
    }

    /**
     * Stage moves and fees that the rules say happened by {@code asOf} but are not recorded yet, in date order.
     * Nothing falls due on or after the day the case was paused; what fell due before it is still listed. PAID is
     * listed whenever nothing is due, on the day the balance reached 0, even while paused (a plan paid off is paid).
     */
    public List<DueStep> dueSteps(CaseFacts facts, RateTables rates, LocalDate asOf) {
        CaseTimeline timeline = CaseTimeline.walk(facts, rates, asOf);
        List<DueStep> steps = new ArrayList<>(timeline.ruleSteps());
        if (timeline.settledOn() != null) {
            steps.add(new DueStep(DueStep.Kind.PAID, timeline.settledOn(), null, null, null));
        }
        steps.sort(Comparator.comparing(DueStep::on).thenComparing(DueStep::kind));
        return steps;
    }

    /** A day's late interest on the principal still outstanding, at the rate of that day, rounded to øre. */
    private static BigDecimal interestPerDay(BigDecimal principal, RateTables rates, LocalDate day) {
        if (principal.signum() == 0) {
            return Money.ZERO;
        }
        return Money.round(principal.multiply(rates.interestRateOn(day).percent())
                .divide(BigDecimal.valueOf(36_500), 10, java.math.RoundingMode.HALF_UP));
    }

    /** Where {@code asOf} falls among the deadlines decides the step; what it adds is what the rules would charge. */
    private static NextStep nextStep(CaseFacts facts, CaseTimeline timeline, LocalDate asOf) {
        if (timeline.totalDue().signum() == 0) {
            return NextStep.none(false);
        }
        if (facts.isPausedOn(asOf)) {
            return NextStep.none(true);
        }
        LocalDate demandOn = timeline.paymentDemandOn();
        if (demandOn == null || demandOn.isAfter(asOf)) {
            LocalDate on = demandOn != null ? demandOn : facts.collectionNoticeDeadline().plusDays(1);
            return new NextStep(NextStep.Kind.PAYMENT_DEMAND, on, Money.ZERO, false, false);
        }
        LocalDate deadline = timeline.paymentDemandDeadline();
        if (!asOf.isAfter(deadline)) {
            return feeStep(NextStep.Kind.LIGHT_FEE, CostType.LIGHT_FEE, deadline.plusDays(1), timeline);
        }
        LocalDate heavyOn = deadline.plusDays(CaseTimeline.HEAVY_OVERRUN_DAYS + 1);
        if (asOf.isBefore(heavyOn)) {
            return feeStep(NextStep.Kind.HEAVY_FEE, CostType.HEAVY_FEE, heavyOn, timeline);
        }
        // DOMAIN.md: the legal step is shown with its consequence, not computed.
        return new NextStep(NextStep.Kind.LEGAL, timeline.legalOn(), null, false, false);
    }

    private static NextStep feeStep(NextStep.Kind kind, CostType type, LocalDate on, CaseTimeline timeline) {
        CaseTimeline.Increase amount = timeline.salaerIncrease(type, on);
        return new NextStep(kind, on, amount.adds(), amount.provisional(), false);
    }
}
