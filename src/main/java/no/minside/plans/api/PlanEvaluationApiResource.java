package no.minside.plans.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import no.minside.clients.ApiClient;
import no.minside.clients.ApiClientAuthenticator;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorAuthenticator;
import no.minside.plans.EvaluationAnswer;
import no.minside.plans.EvaluationChannel;
import no.minside.web.ApiRequests;
import no.minside.web.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plan-evaluation service for other channels (a phone agent's tool, a partner): a proposal in, a decision out.
 * A channel authenticates with its own key (made by an admin); a creditor's key may evaluate its own cases.
 */
@Path("/api/v1/plan-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan evaluation")
@SecurityRequirement(name = "SecurityScheme")
public class PlanEvaluationApiResource {

    static final String REQUEST_EXAMPLE = """
            {
              "caseNumber": "90000084",
              "proposal": { "months": 6, "firstDueDate": "2026-03-20" },
              "budget": { "netIncome": "32000.00", "housing": "12000.00", "adults": 1, "children0to5": 0,
                          "children6to10": 1, "children11to14": 0, "children15plus": 0, "otherDebts": "1500.00" }
            }""";

    static final String ANSWER_EXAMPLE = """
            {
              "evaluationId": "2f0b7c1e-8d5a-4b6e-9f3c-1a2b3c4d5e6f",
              "caseNumber": "90000084",
              "evaluatedOn": "2026-03-02",
              "policyVersion": "agency-2026-1",
              "decision": "APPROVED",
              "proposal": { "monthlyAmount": null, "months": 6, "firstDueDate": "2026-03-20" },
              "rules": [
                { "rule": "MIN_INSTALMENT", "passed": true,
                  "reason": { "nb": "Avdraget på 1 645,00 kr er minst 300,00 kr.",
                              "en": "The instalment of NOK 1,645.00 is at least NOK 300.00." } }
              ],
              "terms": { "instalment": "1645.00", "months": 6, "deferral": false, "clears": true,
                         "balanceToday": "8615.02", "surcharge": "1125.00", "surchargeProvisional": true,
                         "totalBeforePlan": "9740.02", "projectedInterest": "126.31", "totalToPay": "9866.33",
                         "firstDueDate": "2026-03-20", "lastDueDate": "2026-08-20",
                         "schedule": [ { "number": 1, "dueDate": "2026-03-20", "amount": "1645.00",
                                         "toCosts": "1645.00", "toInterest": "0.00", "toPrincipal": "0.00",
                                         "remainingAfter": "8146.75" } ] },
              "maximumMonths": 6,
              "disposableIncome": "3311.00",
              "counterOffer": null
            }""";

    private final ApiClientAuthenticator clients;
    private final CreditorAuthenticator creditors;
    private final PlanApiService plans;

    PlanEvaluationApiResource(ApiClientAuthenticator clients, CreditorAuthenticator creditors, PlanApiService plans) {
        this.clients = clients;
        this.creditors = creditors;
        this.plans = plans;
    }

    @POST
    @Operation(summary = "Evaluate a payment plan or deferral",
            description = "The case by its number, a monthly amount or a number of months (exactly one) from a first "
                    + "due date, and optionally the debtor's monthly budget. Answers with the decision (APPROVED, "
                    + "REFERRED to a case officer, or REJECTED), every rule checked with its reason in bokmål and "
                    + "English, the schedule, the totals, the § 2-4 surcharge, and for a proposal not approved a "
                    + "counter-offer that would be, with an evaluation id of its own. Every evaluation is stored with "
                    + "its inputs and the policy version. A channel key may evaluate any case; a creditor key only "
                    + "its own (404 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanEvaluationRequest.class),
            examples = @ExampleObject(name = "six months with a budget", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationAnswer.class),
                    examples = @ExampleObject(name = "approved", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Problem details (RFC 9457) naming every bad field")
    @APIResponse(responseCode = "401", description = "No valid API key")
    @APIResponse(responseCode = "404", description = "No such case for this key, or a key of another kind")
    public EvaluationAnswer evaluate(@HeaderParam(ApiRequests.API_KEY) String apiKey, @Context HttpServerRequest http,
                                     PlanEvaluationRequest request) {
        String client = ClientAddress.of(http);
        PlanApiService.Caller caller;
        if (creditors.isCreditorKey(apiKey)) {
            Creditor creditor = creditors.authenticate(apiKey, client);
            caller = new PlanApiService.Caller(EvaluationChannel.CREDITOR, creditor.id);
        } else {
            ApiClient channel = clients.authenticate(apiKey, ApiClient.Kind.CHANNEL, client, key -> false);
            caller = new PlanApiService.Caller(EvaluationChannel.CHANNEL, channel.id);
        }
        ApiRequests.requireBody(request);
        return plans.evaluate(caller, request);
    }
}
