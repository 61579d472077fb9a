package no.minside.creditors;

/** The X-Api-Key header was missing or matched no creditor. */
public class ApiKeyRejectedException extends RuntimeException {

    public ApiKeyRejectedException() {
        super("Missing or unknown API key");
    }
}
