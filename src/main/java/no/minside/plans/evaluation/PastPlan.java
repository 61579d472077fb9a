package no.minside.plans.evaluation;

import java.time.LocalDate;

/**
 * An earlier plan or deferral of the debtor. {@code onThisCase} says it belongs to the case being evaluated (only
 * those count for "a deferral once per case"); a broken plan counts on any of the debtor's cases.
 * {@code brokenOn} is null when the plan was not broken.
 */
public record PastPlan(PlanKind kind, boolean onThisCase, LocalDate brokenOn) {

    public PastPlan {
        Amounts.required(kind, "kind");
    }
}
