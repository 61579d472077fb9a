package no.minside.plans.evaluation;

/** The facts about one proposal, in øre, before any text is written: cheap enough to make for every candidate. */
final class Assessment {

    final Proposal proposal;
    /** The instalments; empty (count 0) when the proposal does not clear within the longest possible plan. */
    final Projection.Schedule schedule;
    final boolean cleared;
    /** The first instalment, or the monthly amount asked for when the plan does not clear. */
    final long regular;
    final int months;
    final long surcharge;
    final long total;
    final int maximumMonths;
    /** 1.5 × the maximum, rounded down: the longest plan a case officer may approve. */
    final int monthsLimit;
    final boolean deferral;
    final boolean[] passed = new boolean[PlanRule.values().length];
    final Decision decision;

    Assessment(Evaluation context, Proposal proposal, Projection.Schedule schedule, boolean cleared, long surcharge) {
        this.proposal = proposal;
        this.schedule = schedule;
        this.cleared = cleared;
        this.surcharge = surcharge;
        this.months = schedule.count;
        this.regular = cleared ? schedule.amount[0] : Amounts.ore(proposal.monthlyAmount());
        this.total = context.balance() + surcharge;
        this.maximumMonths = context.maximumMonthsFor(total);
        this.monthsLimit = maximumMonths * 3 / 2;
        this.deferral = cleared && months == 1;

        long firstDue = proposal.firstDueDate().toEpochDay();
        set(PlanRule.OPEN_OBJECTION, !context.openObjection());
        set(PlanRule.LEGAL_STAGE, !context.legalStage());
        set(PlanRule.FIRST_DUE_DATE, firstDue >= context.today() && firstDue <= context.lastFirstDueDay());
        set(PlanRule.DEFERRAL_ONCE, !deferral || !context.deferralUsed());
        set(PlanRule.DEFERRAL_WINDOW, !deferral || firstDue <= context.lastDeferralDay());
        set(PlanRule.MIN_INSTALMENT, deferral || regular >= context.minimumInstalment());
        set(PlanRule.MONTHS_LIMIT, cleared && months <= monthsLimit);
        set(PlanRule.MAX_MONTHS, cleared && months <= maximumMonths);
        set(PlanRule.AUTO_APPROVE_CEILING, total <= context.autoApproveCeiling());
        set(PlanRule.BROKEN_PLAN, context.recentBreak() == null);
        set(PlanRule.AFFORDABLE, !context.hasBudget() || regular <= context.disposable());

        Decision worst = Decision.APPROVED;
        for (PlanRule rule : PlanRule.values()) {
            if (!passed(rule) && rule.onFailure().compareTo(worst) > 0) {
                worst = rule.onFailure();
            }
        }
        this.decision = worst;
    }

    private void set(PlanRule rule, boolean value) {
        passed[rule.ordinal()] = value;
    }

    boolean passed(PlanRule rule) {
        return passed[rule.ordinal()];
    }
}
