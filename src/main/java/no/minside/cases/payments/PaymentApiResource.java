package no.minside.cases.payments;

import io.quarkus.logging.Log;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.cases.Payment;
import no.minside.cases.progression.StageProgressionService;
import no.minside.common.TimeSource;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorAuthenticator;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import no.minside.web.ApiRequests;
import no.minside.web.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The creditor API's payments: a payment on one of the creditor's cases, once per payment id. */
@Path("/api/v1/cases/{caseNumber}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Creditor cases")
@SecurityRequirement(name = "SecurityScheme")
public class PaymentApiResource {

    private final CreditorAuthenticator authenticator;
    private final PaymentService payments;
    private final StageProgressionService progression;
    private final TimeSource time;

    PaymentApiResource(CreditorAuthenticator authenticator, PaymentService payments,
                       StageProgressionService progression, TimeSource time) {
        this.authenticator = authenticator;
        this.payments = payments;
        this.progression = progression;
        this.time = time;
    }

    @POST
    @Operation(summary = "Register a payment", description = "Idempotent on paymentId: 201 when new, 200 on a repeat. "
            + "A new payment far above what the case owes answers 202 with status HELD: held for staff review, not "
            + "booked.")
    public Response pay(@HeaderParam(ApiRequests.API_KEY) String apiKey, @Context HttpServerRequest http,
                        @PathParam("caseNumber") String caseNumber,
                        PaymentRequest request) {
        Creditor creditor = authenticator.authenticate(apiKey, ClientAddress.of(http));
        ApiRequests.requireBody(request);
        PaymentService.Registered registered;
        try {
            registered = payments.register(creditor, caseNumber, request);
        } catch (PersistenceException raced) {
            // The same payment id twice at once: the unique key let one in; registering again finds it.
            registered = payments.register(creditor, caseNumber, request);
        }
        if (registered.created() && registered.payment().status == Payment.Status.BOOKED) {
            // Allocate at once: a payment that clears the balance closes the case now, not at the next job run.
            catchUp(registered);
        }
        PaymentResult result = payments.result(registered);
        int status = !result.created() ? 200 : result.status() == Payment.Status.HELD ? 202 : 201;
        return Response.status(status).entity(result).build();
    }

    /** Runs the stage rules for one case after its own transaction committed; the hourly job retries a failure. */
    private void catchUp(PaymentService.Registered registered) {
        try {
            progression.advance(registered.collectionCase().id, time.today());
        } catch (RuntimeException e) {
            Log.warnf(e, "Stage progression after a payment failed for case %s; the job will retry",
                    registered.collectionCase().caseNumber);
        }
    }
}
