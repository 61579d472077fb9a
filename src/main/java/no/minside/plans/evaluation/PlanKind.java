package no.minside.plans.evaluation;

/** What an earlier agreement was: a payment plan, or a deferral (a plan with one instalment). */
public enum PlanKind {
    PLAN,
    DEFERRAL
}
