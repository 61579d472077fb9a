package no.minside.staff;

/** A staff account changed since the admin's page showed it: the change asked for was not made. */
public class AccountChangedMeanwhileException extends RuntimeException {

    public AccountChangedMeanwhileException() {
        super("The staff account changed since the page was shown");
    }
}
