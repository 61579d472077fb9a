package no.minside.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * A page is changed only by a form, and every form carries the CSRF token. The CSRF filter checks the token in form
 * posts but lets any other body through (the JSON APIs authenticate by header, not cookie), so a POST to a page with
 * no body or another media type would change state unchecked (a bodiless POST /logout, say): those are refused here.
 * The JSON APIs, the other way round, refuse form bodies with 415 problem details.
 */
public class FormPostsOnly {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ErrorPages pages;

    FormPostsOnly(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOtherPosts(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!UNSAFE.contains(request.getMethod()) || path.startsWith("/q/")) {
            return null;
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException unreadable) {
            // A Content-Type that is no media type at all ("///") is the client's error.
            return path.startsWith("/api/") ? ApiExceptionMappers.problem(415, "unsupported-media-type",
                    "Unsupported media type", "The API takes application/json.", request.getUriInfo(), null, null)
                    : pages.page(400, null);
        }
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (path.startsWith("/api/")) {
            // The APIs take JSON (or nothing); a form body would meet the CSRF check meant for pages.
            return form ? ApiExceptionMappers.problem(415, "unsupported-media-type", "Unsupported media type",
                    "The API takes application/json.", request.getUriInfo(), null, null) : null;
        }
        return form ? null : pages.page(400, null);
    }
}
