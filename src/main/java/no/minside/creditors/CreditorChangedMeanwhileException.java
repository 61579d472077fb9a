package no.minside.creditors;

/** Another admin saved the creditor since this admin's page was shown: nothing of this change was saved. */
public class CreditorChangedMeanwhileException extends RuntimeException {

    public CreditorChangedMeanwhileException() {
        super("The creditor was changed since the page was shown");
    }
}
