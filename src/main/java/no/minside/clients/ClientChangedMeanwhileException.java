package no.minside.clients;

/** An API client changed (revoked, most likely) since the admin's page showed it: nothing was done. */
public class ClientChangedMeanwhileException extends RuntimeException {

    public ClientChangedMeanwhileException() {
        super("The API client changed since the page was shown");
    }
}
