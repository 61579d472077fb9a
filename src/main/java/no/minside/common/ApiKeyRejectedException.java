package no.minside.common;

/** The X-Api-Key header was missing or matched no known client. */
public class ApiKeyRejectedException extends RuntimeException {

    public ApiKeyRejectedException() {
        super("Missing or unknown API key");
    }
}
