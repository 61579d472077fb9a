package no.minside.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a bare error answer a page: a form posted with a missing or expired CSRF token is refused by the CSRF
 * filter with an empty 400, which a person would see as a blank screen.
 */
public class EmptyErrorPages {

    private final ErrorPages pages;

    EmptyErrorPages(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void fillIn(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity() && !request.getUriInfo().getPath().startsWith("/api/")
                && !request.getUriInfo().getPath().startsWith("/q/")) {
            response.setEntity(pages.view(status, null), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
