package no.minside.plans;

/** Another case officer decided the plan first (or it changed since the page was read): this decision is not made. */
public class PlanAlreadyDecidedException extends RuntimeException {

    public PlanAlreadyDecidedException(String reference) {
        super("Plan " + reference + " was already decided");
    }
}
