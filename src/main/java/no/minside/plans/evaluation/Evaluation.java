package no.minside.plans.evaluation;

import java.time.LocalDate;

/**
 * One request turned into øre and epoch days once, so that the proposal and every counter-offer candidate are
 * assessed from the same prepared facts. Lives for one {@link PlanEvaluator#evaluate} call.
 */
final class Evaluation {

    /** A first due date further away than this is a typo, not a proposal to judge. */
    private static final int MAX_YEARS_AWAY = 10;
    /** A broken plan counts for this long (DOMAIN.md: "no broken plan in the last 12 months"). */
    private static final int BROKEN_PLAN_MONTHS = 12;
    /** More instalments than this carry the § 2-4 surcharge. */
    static final int SURCHARGE_FREE_INSTALMENTS = 4;

    final PlanRequest request;
    private final LocalDate todayDate;
    private final long today;
    private final Projection projection;
    private final long surchargeAmount;
    private final boolean surchargeAllowed;
    private final long minimumInstalment;
    private final long autoApproveCeiling;
    private final long[] bandUpTo;
    private final int[] bandMonths;
    private final long lastFirstDueDay;
    private final long lastDeferralDay;
    private final boolean deferralUsed;
    private final LocalDate recentBreak;
    private final boolean hasBudget;
    private final long disposable;

    Evaluation(PlanRequest request) {
        this.request = request;
        this.todayDate = request.today();
        this.today = todayDate.toEpochDay();
        OpeningBalance balance = request.balance();
        this.projection = new Projection(today, Amounts.ore(balance.costsOutstanding()),
                Amounts.ore(balance.interestOutstanding()), Amounts.ore(balance.principalOutstanding()),
                new RateCurve(request.rates()), request.allocationOrder());
        PlanPolicy policy = request.policy();
        this.surchargeAmount = Amounts.ore(request.surcharge().amount());
        this.surchargeAllowed = !policy.surchargeWaived() && surchargeAmount > 0;
        this.minimumInstalment = Amounts.ore(policy.minimumInstalment());
        this.autoApproveCeiling = Amounts.ore(policy.autoApproveCeiling());
        int bands = policy.maximumMonths().size();
        this.bandUpTo = new long[bands];
        this.bandMonths = new int[bands];
        for (int i = 0; i < bands; i++) {
            MonthsBand band = policy.maximumMonths().get(i);
            bandUpTo[i] = band.upTo() == null ? Long.MAX_VALUE : Amounts.ore(band.upTo());
            bandMonths[i] = band.months();
        }
        this.lastFirstDueDay = today + policy.firstDueWithinDays();
        this.lastDeferralDay = today + policy.deferralWithinDays();

        boolean usedDeferral = false;
        LocalDate latestBreak = null;
        LocalDate breaksCountAfter = todayDate.minusMonths(BROKEN_PLAN_MONTHS);
        for (PastPlan plan : request.situation().history()) {
            usedDeferral |= plan.kind() == PlanKind.DEFERRAL && plan.onThisCase();
            LocalDate brokenOn = plan.brokenOn();
            if (brokenOn != null && brokenOn.isAfter(breaksCountAfter)
                    && (latestBreak == null || brokenOn.isAfter(latestBreak))) {
                latestBreak = brokenOn;
            }
        }
        this.deferralUsed = usedDeferral;
        this.recentBreak = latestBreak;

        Budget budget = request.budget();
        this.hasBudget = budget != null;
        this.disposable = hasBudget ? Amounts.ore(budget.disposable(request.livingAllowances())) : 0;
    }

    long balance() {
        return projection.balance();
    }

    long today() {
        return today;
    }

    LocalDate todayDate() {
        return todayDate;
    }

    long lastFirstDueDay() {
        return lastFirstDueDay;
    }

    long lastDeferralDay() {
        return lastDeferralDay;
    }

    boolean openObjection() {
        return request.situation().openObjection();
    }

    boolean legalStage() {
        return request.situation().legalStage();
    }

    boolean deferralUsed() {
        return deferralUsed;
    }

    /** The latest plan broken within the last 12 months, or null. */
    LocalDate recentBreak() {
        return recentBreak;
    }

    long minimumInstalment() {
        return minimumInstalment;
    }

    long autoApproveCeiling() {
        return autoApproveCeiling;
    }

    boolean hasBudget() {
        return hasBudget;
    }

    long disposable() {
        return disposable;
    }

    long surchargeAmount() {
        return surchargeAmount;
    }

    boolean surchargeAllowed() {
        return surchargeAllowed;
    }

    Projection projection() {
        return projection;
    }

    int maximumMonthsFor(long total) {
        for (int i = 0; i < bandUpTo.length; i++) {
            if (total <= bandUpTo[i]) {
                return bandMonths[i];
            }
        }
        throw new IllegalStateException("the last band is open");
    }

    /**
     * The schedule and rule facts of one proposal. The surcharge is decided on the schedule without it: it applies
     * when that schedule has more than four instalments (or does not clear at all) and the creditor has not waived
     * it. Adding it can only lengthen a schedule of a fixed monthly amount, so the plan stays above four.
     */
    Assessment assess(Proposal proposal) {
        LocalDate first = proposal.firstDueDate();
        if (first.isBefore(todayDate.minusYears(MAX_YEARS_AWAY))
                || first.isAfter(todayDate.plusYears(MAX_YEARS_AWAY))) {
            throw new IllegalArgumentException("firstDueDate " + first + " is more than " + MAX_YEARS_AWAY
                    + " years from today " + todayDate);
        }
        if (proposal.months() != null) {
            int months = proposal.months();
            long surcharge = 0;
            long amount;
            if (surchargeAllowed && months > SURCHARGE_FREE_INSTALMENTS) {
                long withSurcharge = projection.solve(surchargeAmount, months, first).amount();
                amount = withSurcharge;
                surcharge = surchargeAmount;
                // Without the surcharge the instalment is no larger; if four of this one cannot pay the balance,
                // the schedule without it has more than four instalments, and no second search is needed.
                if (SURCHARGE_FREE_INSTALMENTS * withSurcharge >= balance()) {
                    Projection.Solution without = projection.solve(0, months, first);
                    if (without.run().count() <= SURCHARGE_FREE_INSTALMENTS) {
                        amount = without.amount();
                        surcharge = 0;
                    }
                }
            } else {
                amount = projection.solve(0, months, first).amount();
            }
            Projection.Schedule schedule = new Projection.Schedule(months);
            projection.run(surcharge, amount, months, first, schedule);
            return new Assessment(this, proposal, schedule, true, surcharge);
        }
        long amount = Amounts.ore(proposal.monthlyAmount());
        Projection.Run run = projection.run(0, amount, Proposal.MAX_MONTHS, first, null);
        long surcharge = 0;
        if (surchargeAllowed && (!run.cleared() || run.count() > SURCHARGE_FREE_INSTALMENTS)) {
            surcharge = surchargeAmount;
            run = projection.run(surcharge, amount, Proposal.MAX_MONTHS, first, null);
        }
        // Counted first, then written out, so the schedule takes only the room it needs.
        Projection.Schedule schedule = new Projection.Schedule(run.cleared() ? run.count() : 0);
        if (run.cleared()) {
            projection.run(surcharge, amount, run.count(), first, schedule);
        }
        return new Assessment(this, proposal, schedule, run.cleared(), surcharge);
    }
}
