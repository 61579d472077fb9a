package no.minside.web;

import no.minside.common.FieldError;
import no.minside.common.InvalidRequestException;

import java.util.List;

/** What every JSON API call shares: the key header and the body it must have. */
public final class ApiRequests {

    /** The header every API client sends its key in. */
    public static final String API_KEY = "X-Api-Key";

    private ApiRequests() {
    }

    /** A request without a body is refused with problem details naming it, never a 500. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", "is required")));
        }
    }
}
