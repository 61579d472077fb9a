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
import io.quarkus.logging.Log;
import no.minside.cases.progression.StageProgressionService;
import no.minside.common.InvalidRequestException;
import no.minside.common.TimeSource;
import no.minside.common.FieldError;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorAuthenticator;
import no.minside.payments.PaymentRequest;
import no.minside.payments.PaymentResult;
import no.minside.payments.PaymentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The creditor API: open cases, register payments, read a case's status. Every call names its creditor by API key. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Creditor cases")
@SecurityRequirement(name = "SecurityScheme")
public class CaseApiResource {

    static final String API_KEY = "X-Api-Key";

    private final CreditorAuthenticator authenticator;
    private final CaseIntakeService intake;
    private final PaymentService payments;
    private final CaseStatusService status;
    private final StageProgressionService progression;
    private final TimeSource time;

    CaseApiResource(CreditorAuthenticator authenticator, CaseIntakeService intake, PaymentService payments,
                    CaseStatusService status, StageProgressionService progression, TimeSource time) {
        this.authenticator = authenticator;
        this.intake = intake;
        this.payments = payments;
        this.status = status;
        this.progression = progression;
        this.time = time;
    }

    @POST
    @Operation(summary = "Open a case", description = "Idempotent on creditorReference: 201 with the PIN when new, "
            + "200 with the same case (and no PIN) when the reference is already known.")
    public Response open(@HeaderParam(API_KEY) String apiKey, IntakeRequest request) {
        Creditor creditor = authenticator.authenticate(apiKey);
        requireBody(request);
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

    @POST
    @Path("/{caseNumber}/payments")
    @Operation(summary = "Register a payment", description = "Idempotent on paymentId: 201 when new, 200 on a repeat.")
    public Response pay(@HeaderParam(API_KEY) String apiKey, @PathParam("caseNumber") String caseNumber,
                        PaymentRequest request) {
        Creditor creditor = authenticator.authenticate(apiKey);
        requireBody(request);
        PaymentService.Registered registered;
        try {
            registered = payments.register(creditor, caseNumber, request);
        } catch (PersistenceException raced) {
            // The same payment id twice at once: the unique key let one in; registering again finds it.
            registered = payments.register(creditor, caseNumber, request);
        }
        if (registered.created()) {
            // Allocate at once: a payment that clears the balance closes the case now, not at the next job run.
            catchUp(registered.collectionCase());
        }
        PaymentResult result = status.paymentResult(registered);
        return Response.status(result.created() ? 201 : 200).entity(result).build();
    }

    @GET
    @Path("/{caseNumber}")
    @Operation(summary = "Read a case", description = "Status, claims, payments and the balance breakdown.")
    public CaseStatus read(@HeaderParam(API_KEY) String apiKey, @PathParam("caseNumber") String caseNumber) {
        Creditor creditor = authenticator.authenticate(apiKey);
        return status.forCreditor(creditor, caseNumber);
    }

    /** Runs the stage rules for one case after its own transaction committed; the hourly job retries a failure. */
    private void catchUp(CollectionCase c) {
        try {
            progression.advance(c.id, time.today());
        } catch (RuntimeException e) {
            Log.warnf(e, "Stage progression after an API call failed for case %s; the job will retry", c.caseNumber);
        }
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", "is required")));
        }
    }
}
