package no.minside.letters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.CasePins;
import no.minside.cases.IntakeRequests;
import no.minside.cases.progression.StageProgressionService;
import no.minside.common.Roles;
import no.minside.common.Visitor;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter PIN stays in the agency: the intake answer carries none, the agency's print service reads it from the
 * letter once, and after the letter is printed nobody can read it again. Support can only order a new PIN.
 */
@QuarkusTest
class LetterApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CasePins pins;

    @Inject
    StageProgressionService progression;

    @Inject
    TestClock clock;

    @Test
    void thePrintServiceReadsTheNoticeAndItsPinOnceThenNeverAgain() {
        String creditorKey = fixtures.creditor(true);
        String printKey = fixtures.printServiceKey();
        String caseNumber = intake(creditorKey, IntakeRequests.consumer());

        Map<String, Object> letter = letterOf(printKey, caseNumber);
        assertThat(letter.get("kind")).isEqualTo("COLLECTION_NOTICE");
        String pin = (String) letter.get("pin");
        assertThat(pin).matches("[0-9]{8}");
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) letter.get("content");
        assertThat(content).containsEntry("caseNumber", caseNumber).containsEntry("principal", "1200.00")
                .containsEntry("debtorName", "Kari Nordmann").containsKeys("kid", "accountNumber", "deadline",
                        "totalDue");
        assertThat(new WebClient().loginWithPin(caseNumber, pin).statusCode()).as("the PIN the letter carries")
                .isEqualTo(303);

        long id = ((Number) letter.get("id")).longValue();
        String printedAt = given().header("X-Api-Key", printKey).contentType(ContentType.JSON).post("/api/v1/letters/" + id + "/printed")
                .then().statusCode(200).extract().path("printedAt");
        assertThat(letterOrNull(printKey, caseNumber)).as("a printed letter is no longer waiting").isNull();
        assertThat(fixtures.count("letter where id = " + id + " and pin_sealed is null")).isEqualTo(1);
        given().header("X-Api-Key", printKey).contentType(ContentType.JSON).post("/api/v1/letters/" + id + "/printed")
                .then().statusCode(200).body("printedAt", org.hamcrest.Matchers.equalTo(printedAt));
    }

    @Test
    void aCreditorsKeyFindsNoLetters() {
        String creditorKey = fixtures.creditor(true);
        String caseNumber = intake(creditorKey, IntakeRequests.consumer());
        given().header("X-Api-Key", creditorKey).get("/api/v1/letters").then().statusCode(404)
                .contentType("application/problem+json");
        Response post = given().header("X-Api-Key", creditorKey).contentType(ContentType.JSON).post("/api/v1/letters/1/printed");
        assertThat(post.statusCode()).as(post.asString()).isEqualTo(404);
        given().header("X-Api-Key", creditorKey).contentType(ContentType.URLENC).post("/api/v1/letters/1/printed")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("X-Api-Key", fixtures.apiClient("CHANNEL")).get("/api/v1/letters").then().statusCode(404);
        given().get("/api/v1/letters").then().statusCode(401);
        given().header("X-Api-Key", "not-a-key").get("/api/v1/letters").then().statusCode(401);
        assertThat(letterOrNull(fixtures.printServiceKey(), caseNumber)).as("still waiting for the printer")
                .isNotNull();
    }

    @Test
    void aNewPinLetterReplacesTheOldPinAtOnce() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient thief = new WebClient();
        assertThat(thief.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        Visitor support = new Visitor(Visitor.Kind.STAFF, null, null, 1L, "kari.support", Roles.SUPPORT,
                Instant.now(), Duration.ofMinutes(15), Duration.ofMinutes(2));
        pins.orderNewPin(support, c.caseNumber());

        Map<String, Object> letter = letterOf(fixtures.printServiceKey(), c.caseNumber());
        assertThat(letter.get("kind")).isEqualTo("NEW_PIN");
        String newPin = (String) letter.get("pin");
        assertThat(new WebClient().loginWithPin(c.caseNumber(), c.pin()).statusCode()).as("the old PIN")
                .isEqualTo(400);
        assertThat(new WebClient().loginWithPin(c.caseNumber(), newPin).statusCode()).isEqualTo(303);
        assertThat(thief.get("/cases").statusCode()).as("the old PIN's session has ended").isEqualTo(302);
        assertThat(fixtures.count("known_device where login_key = 'case:" + c.caseNumber() + "'"))
                .as("only the new PIN's browser is known").isEqualTo(1);
        assertThat(fixtures.count("audit_log where action = 'NEW_PIN_ORDERED' and target = 'case:"
                + c.caseNumber() + "'")).isEqualTo(1);
    }

    @Test
    void aDebtorCannotOrderANewPin() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        Visitor debtor = new Visitor(Visitor.Kind.DEBTOR, 1L, null, null, null, Roles.DEBTOR, Instant.now(),
                Duration.ofMinutes(15), Duration.ofMinutes(2));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pins.orderNewPin(debtor, c.caseNumber()))
                .isInstanceOf(no.minside.common.NotFoundException.class);
        assertThat(new WebClient().loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
    }

    @Test
    void thePaymentDemandIsALetterWithoutAPin() {
        clock.fixAt(Instant.parse("2025-10-20T10:00:00Z"));
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].dueDate", "2025-10-01");
        Fixtures.OpenedCase c = fixtures.openCase(request);
        progression.advance(fixtures.caseId(c.caseNumber()), LocalDate.parse("2025-11-04"));

        Map<String, Object> demand = letterOf(fixtures.printServiceKey(), c.caseNumber());
        assertThat(demand.get("kind")).isEqualTo("PAYMENT_DEMAND");
        assertThat(demand).doesNotContainKey("pin");
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) demand.get("content");
        assertThat(content).containsEntry("date", "2025-11-04").containsEntry("deadline", "2025-11-18");
    }

    @Test
    void aCaseMovedFromAnotherSystemGetsItsPinInALetterOfItsOwn() {
        String printKey = fixtures.printServiceKey();
        String caseNumber = intake(fixtures.creditor(true), IntakeRequests.movedIn2024());
        Map<String, Object> letter = letterOf(printKey, caseNumber);
        assertThat(letter.get("kind")).isEqualTo("NEW_PIN");
        assertThat((String) letter.get("pin")).matches("[0-9]{8}");
    }

    private static String intake(String creditorKey, Map<String, Object> request) {
        Response answer = given().header("X-Api-Key", creditorKey).contentType(ContentType.JSON).body(request)
                .post("/api/v1/cases");
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.jsonPath().getMap("$")).doesNotContainKey("pin");
        return answer.jsonPath().getString("caseNumber");
    }

    private static Map<String, Object> letterOf(String printKey, String caseNumber) {
        Map<String, Object> letter = letterOrNull(printKey, caseNumber);
        assertThat(letter).as("a letter waiting for case " + caseNumber).isNotNull();
        return letter;
    }

    /** The case's newest waiting letter, paging through everything waiting as the print service would. */
    private static Map<String, Object> letterOrNull(String printKey, String caseNumber) {
        long after = 0;
        Map<String, Object> found = null;
        while (true) {
            JsonPath page = given().header("X-Api-Key", printKey).queryParam("after", after)
                    .get("/api/v1/letters").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> letters = page.getList("letters");
            for (Map<String, Object> letter : letters) {
                if (caseNumber.equals(letter.get("caseNumber"))) {
                    found = letter;
                }
                after = ((Number) letter.get("id")).longValue();
            }
            if (letters.size() < 200) {
                return found;
            }
        }
    }
}
