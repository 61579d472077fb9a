package no.minside.plans;

/** The case already has a plan in force or under consideration: a new proposal waits until it ends. */
public class PlanAlreadyOpenException extends RuntimeException {

    private final String reference;

    public PlanAlreadyOpenException(String reference) {
        super("The case already has plan " + reference);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
