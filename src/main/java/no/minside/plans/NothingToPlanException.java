package no.minside.plans;

/** A case with nothing left to pay (paid, cancelled, or overpaid) has no plan to evaluate. */
public class NothingToPlanException extends RuntimeException {

    public NothingToPlanException(String caseNumber) {
        super("Case " + caseNumber + " has nothing left to pay");
    }
}
