package no.minside.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.common.Roles;
import no.minside.common.Visitor;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The debtor's pages are kept between requests (KeptCaseViews), yet never show a case as it was: whatever changes
 * a case, through the application or by hand in the database, the next view shows it.
 */
@QuarkusTest
class KeptCaseViewsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DebtorCaseService service;

    @Test
    void aBookedPaymentShowsOnTheNextView() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = loggedIn(c);
        String overview = card(debtor);
        assertThat(detail(debtor, c).select("[data-testid=payment-row]")).isEmpty();

        RestAssured.given().header("X-Api-Key", c.apiKey()).contentType("application/json")
                .body(Json.object("paymentId", "kept-1", "amount", "100.00",
                        "paidOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString(), "kid", c.kid()))
                .post("/api/v1/cases/" + c.caseNumber() + "/payments").then().statusCode(201);

        assertThat(detail(debtor, c).select("[data-testid=payment-row]")).hasSize(1);
        assertThat(card(debtor)).isNotEqualTo(overview);
    }

    @Test
    void aChangeByHandToAnyRowOfTheCaseShowsOnTheNextView() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = loggedIn(c);
        long caseId = fixtures.caseId(c.caseNumber());
        String claims = detail(debtor, c).select("[data-testid=claim-row]").text();
        card(debtor);

        fixtures.execute("update claim set description = 'Endret for hånd' where case_id = ?1", caseId);
        assertThat(detail(debtor, c).select("[data-testid=claim-row]").text()).isNotEqualTo(claims)
                .contains("Endret for hånd");

        fixtures.execute("""
                insert into objection (case_id, reference, reason, text, whole_case, status, submitted_at, paused_on,
                                       answer_due_on, submission_token)
                values (?1, ?2, 'OTHER', 'Satt inn for hånd', true, 'OPEN', now(), current_date,
                        current_date + 7, ?2)""", caseId, "IG-" + caseId);
        assertThat(loggedInPage(debtor, "/cases").select("[data-testid=badge-objection]")).hasSize(1);
        assertThat(detail(debtor, c).select("[data-testid=case-objection]")).hasSize(1);
    }

    @Test
    void aCreditorRenamedByHandShowsOnTheNextView() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = loggedIn(c);
        assertThat(detail(debtor, c).text()).doesNotContain("Nytt Navn AS");
        fixtures.execute("update creditor set name = 'Nytt Navn AS' where id = ?1", fixtures.creditorId(c.apiKey()));
        assertThat(detail(debtor, c).text()).contains("Nytt Navn AS");
        assertThat(card(debtor)).contains("Nytt Navn AS");
    }

    @Test
    void aKeptPageIsKeptPerLanguage() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        assertThat(detail(loggedIn(c), c).select("#help-title").text()).isEqualTo("Få hjelp");
        WebClient english = loggedIn(c);
        assertThat(english.get("/language/en?return=/cases").statusCode()).isEqualTo(303);
        Document page = detail(english, c);
        assertThat(page.select("#help-title").text()).isEqualTo("Get help");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(loggedInPage(english, "/cases").select("h1").text()).isEqualTo("My cases");
    }

    @Test
    void aKeptPageIsSentAsUtf8AroundTheLayoutOfEachRequest() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = loggedIn(c);
        Map<String, String> texts = Map.of("/cases", "Å betale nå",
                "/cases/" + c.caseNumber(), "Få hjelp");
        for (String path : texts.keySet()) {
            Response first = debtor.get(path);
            Response kept = debtor.get(path);
            assertThat(kept.contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
            // The kept body inside a layout rendered for this request (its idle clock moves): the marker never reaches
            // the page, and the body's letters arrive as they were written.
            String html = new String(kept.asByteArray(), StandardCharsets.UTF_8);
            assertThat(html).doesNotContain("\u0000").contains(texts.get(path)).endsWith("</html>\n\n");
            Document page = Jsoup.parse(html);
            assertThat(page.select("main").outerHtml())
                    .isEqualTo(Jsoup.parse(first.asString()).select("main").outerHtml());
            assertThat(page.select("main h1")).hasSize(1);
            assertThat(page.select("body").attr("data-idle-remaining")).isNotEmpty();
        }
    }

    @Test
    void aNewCaseShowsOnTheKeptOverview() {
        String nationalId = Fixtures.nationalId();
        fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        WebClient person = new WebClient().withSession(fixtures.identitySession(nationalId));
        assertThat(loggedInPage(person, "/cases").select("[data-testid=case-row]")).hasSize(1);
        fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        assertThat(loggedInPage(person, "/cases").select("[data-testid=case-row]")).hasSize(2);
    }

    @Test
    void aViewWorkedOutByATransactionThatWroteTheCaseIsNotKept() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long caseId = fixtures.caseId(c.caseNumber());
        long debtorId = ((Number) fixtures.single("select debtor_id from collection_case where id = ?1", caseId))
                .longValue();
        Visitor visitor = new Visitor(Visitor.Kind.DEBTOR, debtorId, caseId, null, null, Roles.DEBTOR,
                Instant.now().plus(Duration.ofMinutes(15)), Duration.ofMinutes(15), Duration.ofMinutes(2));
        WebClient debtor = loggedIn(c);
        assertThat(detail(debtor, c).select("[data-testid=payment-row]")).isEmpty();

        // A transaction books a payment, works the page out (it sees its own payment), and is rolled back.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            addPayment(c, caseId, "rolled-back", "100.00");
            String seen = new String(service.detailPage(visitor, c.caseNumber(), "nb",
                    d -> "payments: " + d.payments().size()).html(), StandardCharsets.UTF_8);
            assertThat(seen).isEqualTo("payments: 1");
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class);
        // The next change of the case gets the version number the rolled-back one had.
        long before = contentVersion(caseId);
        addPayment(c, caseId, "booked", "250.00");
        assertThat(contentVersion(caseId)).isEqualTo(before + 1);

        Document page = detail(debtor, c);
        assertThat(page.select("[data-testid=payment-row]")).as("the committed payment, not the rolled-back view")
                .hasSize(1);
        assertThat(page.select("[data-testid=payment-row]").text()).contains("250,00");
    }

    /** Thrown to roll a transaction back. */
    private static final class RolledBack extends RuntimeException {
    }

    private void addPayment(Fixtures.OpenedCase c, long caseId, String externalId, String amount) {
        fixtures.execute("""
                insert into payment (case_id, external_id, amount, paid_on, kid)
                values (?1, ?2, cast(?3 as numeric), current_date, ?4)""", caseId, externalId, amount, c.kid());
    }

    private long contentVersion(long caseId) {
        return ((Number) fixtures.single("select content_version from collection_case where id = ?1", caseId))
                .longValue();
    }

    private static WebClient loggedIn(Fixtures.OpenedCase c) {
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return debtor;
    }

    private static Document detail(WebClient debtor, Fixtures.OpenedCase c) {
        return loggedInPage(debtor, "/cases/" + c.caseNumber());
    }

    private static String card(WebClient debtor) {
        return loggedInPage(debtor, "/cases").select("[data-testid=case-row]").text();
    }

    private static Document loggedInPage(WebClient debtor, String path) {
        Document page = debtor.getPage(path);
        assertThat(page.select("h1")).hasSize(1);
        return page;
    }
}
