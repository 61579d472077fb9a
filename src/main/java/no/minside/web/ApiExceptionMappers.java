package no.minside.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.minside.common.FieldError;
import no.minside.common.InvalidRequestException;
import no.minside.common.NotFoundException;
import no.minside.common.Validation;
import no.minside.common.ApiKeyRejectedException;
import no.minside.common.TooManyAttemptsException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * Turns every failure into an answer without a stack trace: RFC 9457 problem details under /api, a friendly
 * localized page with a reference id everywhere else. The detail goes to the log, under the same reference.
 */
public class ApiExceptionMappers {

    private final ErrorPages pages;
    private final DatabaseWatch watch;

    ApiExceptionMappers(ErrorPages pages, DatabaseWatch watch) {
        this.pages = pages;
        this.watch = watch;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return problem(400, "invalid-request", "Invalid request",
                "One or more fields are invalid; see errors.", uri, null, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(Validation.fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return invalid(new InvalidRequestException(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonFieldName(mapping.getPath()) : "";
        String message = field.isEmpty() ? "The body is not valid JSON" : "Has the wrong format";
        return invalid(new InvalidRequestException(List.of(new FieldError(field.isEmpty() ? "body" : field, message))),
                uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (!isApi(uri)) {
            return pages.pageInSession(404);
        }
        return problem(404, "not-found", "Not found", e.getMessage(), uri, null, null);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        if (!isApi(uri)) {
            return pages.page(403, null);
        }
        return problem(403, "forbidden", "Forbidden", null, uri, null, null);
    }

    @ServerExceptionMapper
    public Response unavailable(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        return unavailable(pages, e, uri);
    }

    /**
     * The database is away: the temporary-error page (problem details under /api) with a reference. While the watch
     * knows it is away, requests are refused before they start ({@link DatabaseUnavailable.DownException}), and each
     * gets one log line without a stack; a request that met the failure itself logs it in full.
     */
    static Response unavailable(ErrorPages pages, Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        if (e instanceof DatabaseUnavailable.DownException) {
            Log.infof("Answered 503, reference %s, for %s: the database does not answer", reference, uri.getPath());
        } else {
            Log.errorf(e, "Database unavailable, reference %s, on %s", reference, uri.getPath());
        }
        if (!isApi(uri)) {
            return pages.page(503, reference);
        }
        return problem(503, "unavailable", "Service unavailable", "Try again in a few minutes.", uri, reference,
                null);
    }

    @ServerExceptionMapper
    public Response apiKey(ApiKeyRejectedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized",
                        "A valid API key is required in the X-Api-Key header.", uri, null, null))
                .header("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"")
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttemptsException e, UriInfo uri) {
        Response answer = isApi(uri)
                ? problem(429, "too-many-attempts", "Too many attempts",
                        "Too many requests with a wrong key from this client; retry after the time given.", uri, null,
                        null)
                : pages.page(429, null);
        return Response.fromResponse(answer).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (!isApi(uri)) {
            return pages.page(status, null);
        }
        return problem(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), null, uri, null,
                null);
    }

    /** A form or query with broken percent-encoding ({@code %ZZ}) is the client's error: 400, never a 500. */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, UriInfo uri) {
        boolean badEncoding = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith(".URLUtils") || frame.getClassName().endsWith(".URLDecoder"));
        if (!badEncoding) {
            return unexpected(e, uri);
        }
        if (!isApi(uri)) {
            return pages.page(400, null);
        }
        return invalid(new InvalidRequestException(List.of(new FieldError("body", "is not correctly URL-encoded"))),
                uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isUnavailable(e, watch.up())) {
            return unavailable(pages, e, uri);
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error, reference %s, on %s", reference, uri.getPath());
        if (!isApi(uri)) {
            return pages.page(500, reference);
        }
        return problem(500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote the reference if you contact us.", uri, reference, null);
    }

    /** A JSON path as the client wrote it: {@code debtor.address.postalCode}, {@code claims[0].principal}. */
    static String jsonFieldName(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, String reference,
                            List<FieldError> errors) {
        Problem body = new Problem("/problems/" + type, title, status, detail, uri.getPath(), reference, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
