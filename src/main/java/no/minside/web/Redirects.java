package no.minside.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Post-redirect-get with a relative {@code Location}: the browser resolves it against the page it is on, so the
 * answer never names a host, least of all one taken from the request's Host header.
 */
public final class Redirects {

    private Redirects() {
    }

    /** 303 See Other to a path on this site, as given (a path from outside must pass {@link LocalRedirects}). */
    public static Response.ResponseBuilder seeOther(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("Not a path on this site: " + path);
        }
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }
}
