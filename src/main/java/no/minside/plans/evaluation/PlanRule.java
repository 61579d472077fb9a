package no.minside.plans.evaluation;

/**
 * The rules every proposal is checked against, in the order they are reported. A failed rule makes the decision at
 * least {@link #onFailure()}; the {@link RuleCheck#rule()} id is the constant's name and never changes.
 */
public enum PlanRule {
    /** No plan while an objection is unanswered: the case is paused. */
    OPEN_OBJECTION(Decision.REJECTED),
    /** Once the case is in the legal stage, plans are not made on Min side. */
    LEGAL_STAGE(Decision.REJECTED),
    /** The first instalment falls due from today to today + the policy window. */
    FIRST_DUE_DATE(Decision.REJECTED),
    /** A deferral only once per case. */
    DEFERRAL_ONCE(Decision.REJECTED),
    /** A deferral's one instalment within the deferral window. */
    DEFERRAL_WINDOW(Decision.REJECTED),
    /** Each instalment at least the minimum, unless one payment clears everything. */
    MIN_INSTALMENT(Decision.REJECTED),
    /** At most 1.5 × the maximum months (rounded down) even for a case officer. */
    MONTHS_LIMIT(Decision.REJECTED),
    /** At most the maximum months for T without a case officer. */
    MAX_MONTHS(Decision.REFERRED),
    /** T at most the auto-approve ceiling. */
    AUTO_APPROVE_CEILING(Decision.REFERRED),
    /** No broken plan in the last 12 months. */
    BROKEN_PLAN(Decision.REFERRED),
    /** The instalment fits the budget, when the debtor gave one. */
    AFFORDABLE(Decision.REFERRED);

    private final Decision onFailure;

    PlanRule(Decision onFailure) {
        this.onFailure = onFailure;
    }

    public Decision onFailure() {
        return onFailure;
    }
}
