package no.minside.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Pattern;

/**
 * Quarkus has one body limit for every route, and the objection uploads need 55 MB of it; a JSON call or a login
 * form needs a few KB. This filter holds everything but the uploads to the lower limit, by the declared
 * Content-Length and before the body is read, so a large body costs neither memory nor a parse. It also catches an
 * upload over its own limit before Vert.x does, so the debtor gets the error page instead of a bare 413.
 */
public class RequestSizeLimits {

    /** The objection form and its reply: the only routes that take files (ObjectionResource). */
    private static final Pattern UPLOADS = Pattern.compile("/cases/[^/]+/objection(/reply)?/?");

    private final RequestSizeConfig limits;
    private final ErrorPages pages;

    RequestSizeLimits(RequestSizeConfig limits, ErrorPages pages) {
        this.limits = limits;
        this.pages = pages;
    }

    /** Before the other filters: a body too large is refused whoever sends it. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response refuseLargeBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            // Sent without a length (chunked): quarkus.http.limits.max-body-size stops it while it is read.
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed length before we see it; nothing to add here.
            return null;
        }
        String path = request.getUriInfo().getPath();
        long limit = isUpload(request.getMethod(), path) ? limits.upload().asLongValue() : limits.body().asLongValue();
        if (length <= limit) {
            return null;
        }
        // The body is left unread: the connection cannot carry another request after this answer.
        Response.ResponseBuilder answer = path.startsWith("/api/")
                ? Response.fromResponse(ApiExceptionMappers.problem(413, "payload-too-large", "Payload too large",
                        "The body may be at most " + limit + " bytes.", request.getUriInfo(), null, null))
                : Response.fromResponse(pages.page(413, null));
        return answer.header("Connection", "close").build();
    }

    private static boolean isUpload(String method, String path) {
        return HttpMethod.POST.equals(method) && UPLOADS.matcher(path).matches();
    }
}
