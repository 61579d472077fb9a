package no.minside.letters;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import no.minside.clients.ApiClient;
import no.minside.clients.ApiClientAuthenticator;
import no.minside.common.FieldError;
import no.minside.common.InvalidRequestException;
import no.minside.creditors.CreditorAuthenticator;
import no.minside.web.ApiRequests;
import no.minside.web.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The agency's print service fetches the letters to print and marks them printed. Only a key of the print kind gets
 * in; a creditor's key is told there is nothing here (404), so the PIN never reaches a creditor.
 */
@Path("/api/v1/letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Print service")
@SecurityRequirement(name = "SecurityScheme")
public class LetterApiResource {

    private final ApiClientAuthenticator clients;
    private final CreditorAuthenticator creditors;
    private final LetterService letters;

    LetterApiResource(ApiClientAuthenticator clients, CreditorAuthenticator creditors, LetterService letters) {
        this.clients = clients;
        this.creditors = creditors;
        this.letters = letters;
    }

    /** The letters waiting to be printed. */
    public record Waiting(List<PrintableLetter> letters) {
    }

    /** A letter marked printed. */
    public record Printed(long id, Instant printedAt) {
    }

    @GET
    @Operation(summary = "Letters to print", description = "The letters not yet marked printed, oldest first, "
            + "each with its content and, for a collection notice or a new-PIN letter, the PIN. At most 200 a call; "
            + "'after' gives the next page (the last id seen).")
    public Waiting waiting(@HeaderParam(ApiRequests.API_KEY) String apiKey, @Context HttpServerRequest http,
                           @QueryParam("after") @DefaultValue("0") String after,
                           @QueryParam("limit") @DefaultValue("200") String limit) {
        ApiClient printer = authenticate(apiKey, http);
        return new Waiting(letters.waiting(printer.id, number(after, "after", Long.MAX_VALUE),
                (int) number(limit, "limit", LetterService.MAX_BATCH)));
    }

    @POST
    @Path("/{id}/printed")
    @Operation(summary = "Mark a letter printed", description = "After this its PIN can never be read again. "
            + "Marking it again answers the same.")
    public Printed printed(@HeaderParam(ApiRequests.API_KEY) String apiKey, @Context HttpServerRequest http,
                           @PathParam("id") long id) {
        ApiClient printer = authenticate(apiKey, http);
        return new Printed(id, letters.markPrinted(printer.id, id));
    }

    /** A query parameter that must be a whole number from 0 to {@code max}: anything else is named in a 400. */
    private static long number(String value, String name, long max) {
        if (value.matches("[0-9]{1,18}") && Long.parseLong(value) <= max) {
            return Long.parseLong(value);
        }
        throw new InvalidRequestException(List.of(new FieldError(name, "must be a whole number from 0 to " + max)));
    }

    private ApiClient authenticate(String apiKey, HttpServerRequest http) {
        return clients.authenticate(apiKey, ApiClient.Kind.PRINT, ClientAddress.of(http), creditors::isCreditorKey);
    }
}
