package no.minside.cases;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.progression.StageProgressionService;
import no.minside.support.Fixtures;
import no.minside.support.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Cases at every stage the demo data shows, opened through the intake API with dates relative to {@code today} and
 * brought up to date by the stage job: for the page tests and the browser's screenshots of each stage.
 */
@ApplicationScoped
public class StageCases {

    /** The stages, with what the case page's first block should say. */
    public enum Stage { NOTICE, DEMAND, LIGHT_FEE, HEAVY_FEE, LEGAL, PAID, OVERPAID, MOVED }

    private final Fixtures fixtures;
    private final StageProgressionService progression;

    StageCases(Fixtures fixtures, StageProgressionService progression) {
        this.fixtures = fixtures;
        this.progression = progression;
    }

    public Fixtures.OpenedCase open(Stage stage, LocalDate today) {
        Map<String, Object> request = IntakeRequests.consumer();
        LocalDate due = switch (stage) {
            case NOTICE -> today.minusDays(30);
            case DEMAND -> today.minusDays(35);
            case LIGHT_FEE -> today.minusDays(60);
            case HEAVY_FEE -> today.minusDays(90);
            case LEGAL, PAID, OVERPAID -> today.minusDays(160);
            case MOVED -> LocalDate.parse("2024-03-01");
        };
        switch (stage) {
            case NOTICE -> Json.set(request, "claims[0].dueDate", due.toString());
            case DEMAND -> moved(request, due, today.minusDays(20), today.minusDays(5));
            // Demand deadline 15 days ago: lett salær since, tungt in 14 days.
            case LIGHT_FEE -> moved(request, due, today.minusDays(45), today.minusDays(29));
            // Demand deadline 40 days ago: tungt salær 11 days ago, the legal step on the 5th day from now.
            case HEAVY_FEE -> moved(request, due, today.minusDays(70), today.minusDays(54));
            case LEGAL, PAID, OVERPAID -> moved(request, due, today.minusDays(140), today.minusDays(120));
            case MOVED -> request = IntakeRequests.movedIn2024();
        }
        if (stage == Stage.LIGHT_FEE || stage == Stage.LEGAL || stage == Stage.MOVED) {
            twoClaims(request, due.minusDays(3).toString());
        }
        Fixtures.OpenedCase c = fixtures.openCase(request);
        if (stage == Stage.DEMAND || stage == Stage.HEAVY_FEE) {
            pay(c, "200.00", today.minusDays(2));
        }
        if (stage == Stage.PAID || stage == Stage.OVERPAID) {
            String owed = RestAssured.given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber())
                    .then().extract().path("balance.totalDue");
            BigDecimal amount = new BigDecimal(owed).add(new BigDecimal(stage == Stage.OVERPAID ? "6.40" : "0.00"));
            pay(c, amount.toPlainString(), today);
        }
        progression.advance(fixtures.caseId(c.caseNumber()), today);
        return c;
    }

    private static void moved(Map<String, Object> request, LocalDate due, LocalDate notice, LocalDate demand) {
        Json.set(request, "claims[0].dueDate", due.toString());
        request.put("collectionNoticeSentOn", notice.toString());
        request.put("paymentDemandSentOn", demand.toString());
    }

    @SuppressWarnings("unchecked")
    private static void twoClaims(Map<String, Object> request, String dueDate) {
        ((List<Object>) request.get("claims")).add(Json.object("invoiceNumber", "10043",
                "description", "Nettleie", "principal", "845.50", "dueDate", dueDate));
    }

    private static void pay(Fixtures.OpenedCase c, String amount, LocalDate on) {
        RestAssured.given().header("X-Api-Key", c.apiKey()).contentType(ContentType.JSON)
                .body(Json.object("paymentId", "stage-" + amount + "-" + on, "amount", amount, "paidOn",
                        on.toString(), "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);
    }
}
