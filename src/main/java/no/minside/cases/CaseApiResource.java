package no.minside.cases;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorAuthenticator;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import no.minside.web.ApiRequests;
import no.minside.web.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The creditor API: open cases and read a case's status. Every call names its creditor by API key. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Creditor cases")
@SecurityRequirement(name = "SecurityScheme")
public class CaseApiResource {

    private final CreditorAuthenticator authenticator;
    private final CaseIntakeService intake;
    private final CaseStatusService status;

    CaseApiResource(CreditorAuthenticator authenticator, CaseIntakeService intake, CaseStatusService status) {
        this.authenticator = authenticator;
        this.intake = intake;
        this.status = status;
    }

    @POST
    @Operation(summary = "Open a case", description = "Idempotent on creditorReference: 201 when new, "
            + "200 with the same case when the reference is already known.")
    public Response open(@HeaderParam(ApiRequests.API_KEY) String apiKey, @Context HttpServerRequest http,
                         IntakeRequest request) {
        Creditor creditor = authenticator.authenticate(apiKey, ClientAddress.of(http));
        ApiRequests.requireBody(request);
        IntakeResult result;
        try {
            result = intake.intake(creditor, request);
        } catch (PersistenceException raced) {
            // Two requests at once for the same reference, or for the same new debtor: a unique key let one in.
            // Answer with the case that won, or try once more now that the debtor exists.
            result = intake.findExisting(creditor, request.creditorReference())
                    .orElseGet(() -> intake.intake(creditor, request));
        }
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @GET
    @Path("/{caseNumber}")
    @Operation(summary = "Read a case", description = "Status, claims, payments and the balance breakdown.")
    public CaseStatus read(@HeaderParam(ApiRequests.API_KEY) String apiKey, @Context HttpServerRequest http,
                           @PathParam("caseNumber") String caseNumber) {
        Creditor creditor = authenticator.authenticate(apiKey, ClientAddress.of(http));
        return status.forCreditor(creditor, caseNumber);
    }
}
