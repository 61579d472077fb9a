package no.minside.objections;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseStage;
import no.minside.cases.CostLineType;
import no.minside.cases.IntakeRequests;
import no.minside.cases.progression.CaseRows;
import no.minside.cases.progression.CaseRows.CostRow;
import no.minside.cases.progression.StageProgressionService;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An objection from the debtor's form to support's decision, for each outcome, with the balance before and after and
 * what the stage job does meanwhile. Every case: claims due 2025-02-01, collection notice 2025-03-03 (deadline
 * 03-17), consumer debtor, VAT-registered creditor, sats 700, late interest 12.50 % (2025 H1).
 */
@QuarkusTest
class ObjectionFlowTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseRows rows;

    @Inject
    StageProgressionService progression;

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    @Test
    void aPausedCaseGetsNoFeeFromTheStageJobWhileTheObjectionIsOpen() {
        Fixtures.OpenedCase c = openCase("750.00");
        long id = fixtures.caseId(c.caseNumber());
        WebClient debtor = debtorOn("2025-03-10", c);
        String reference = ObjectionPages.object(debtor, c.caseNumber(), "ALREADY_PAID", "Betalt 1. mars i nettbanken.");

        Document receipt = debtor.getPage(ObjectionPages.page(c.caseNumber()) + "?sent=true");
        assertThat(receipt.select("[data-testid=objection-receipt]").text()).contains("stoppet innkrevingen");
        assertThat(receipt.select("[data-testid=objection-status]").attr("data-status")).isEqualTo("OPEN");
        assertThat(receipt.select("[data-testid=objection-answer-due]").attr("data-date")).isEqualTo("2025-03-17");
        assertThat(receipt.select("[data-testid=objection-answer-due]").text()).isEqualTo("17.3.2025");
        Document detail = debtor.getPage("/cases/" + c.caseNumber());
        assertThat(detail.select("[data-testid=task]").attr("data-phase")).isEqualTo("PAUSED_OBJECTION");
        assertThat(detail.select("[data-testid=objection-status]").attr("data-status")).isEqualTo("OPEN");
        assertThat(detail.select("[data-testid=objection-answer-due]").attr("data-date")).isEqualTo("2025-03-17");
        assertThat(detail.select("[data-testid=action-objection]")).as("one open objection at a time").isEmpty();
        Document overview = debtor.getPage("/cases");
        assertThat(overview.select("[data-testid=badge-objection]")).hasSize(1);
        assertThat(overview.select("[data-testid=objection-answer-due]").attr("data-date")).isEqualTo("2025-03-17");

        // Months pass without an answer: only the notice fee, which fell due before the objection, is recorded.
        progression.advance(id, date("2025-09-01"));
        CaseRows.CaseRow row = rows.byNumber(c.caseNumber());
        assertThat(row.stage()).isEqualTo(CaseStage.COLLECTION_NOTICE);
        assertThat(row.paymentDemandSentOn()).isNull();
        assertThat(rows.costs(id)).extracting(CostRow::type).containsExactly(CostLineType.COLLECTION_NOTICE_FEE);
        // 750.00 + 35.00 + interest 2025-02-02…06-30 (149 d at 12.50 %) and 07-01…09-01 (63 d at 12.25 %):
        // (750 × 12.5 × 149 + 750 × 12.25 × 63) / 36 500 = 54.1284 → 54.13. Interest runs on; costs do not.
        clock.fixAt(Instant.parse("2025-09-01T10:00:00Z"));
        api(c).body("status", equalTo("COLLECTION_NOTICE"))
                .body("balance.totalDue", equalTo("839.13"))
                .body("balance.feesOutstanding", equalTo("35.00"))
                .body("objection.reference", equalTo(reference))
                .body("objection.status", equalTo("OPEN"))
                .body("objection.answerDueOn", equalTo("2025-03-17"))
                .body("objection.text", nullValue());
        assertThat(fixtures.count("audit_log where action = 'OBJECTION_CREATED' and target = 'case:"
                + c.caseNumber() + "'")).isEqualTo(1);
    }

    @Test
    void aRejectionResumesCollectionWithFourteenDaysFromTheDecision() {
        Fixtures.OpenedCase c = openCase("750.00");
        long id = fixtures.caseId(c.caseNumber());
        WebClient debtor = debtorOn("2025-03-10", c);
        optIntoMail(debtor, c);
        String reference = ObjectionPages.object(debtor, c.caseNumber(), "NOT_MY_DEBT", "Jeg har aldri bodd der.");

        // 750.00 + 35.00 + interest 2025-02-02…03-14 = 41 d: 750 × 12.5 × 41 / 36 500 = 10.5308 → 10.53.
        clock.fixAt(Instant.parse("2025-03-14T09:00:00Z"));
        api(c).body("balance.totalDue", equalTo("795.53"));
        WebClient support = staff();
        Response decided = ObjectionPages.decide(support, fixtures.objectionId(reference), "REJECT",
                "Kontrakten er signert med BankID av deg 2. januar.", Map.of());
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(support.getPage(decided.header("Location")).select("[data-testid=decision-saved]")).hasSize(1);

        // The same day's balance: the decision adds nothing. The notice deadline is the decision + 14 days.
        api(c).body("balance.totalDue", equalTo("795.53"))
                .body("collectionNoticeDeadline", equalTo("2025-03-28"))
                .body("objection.status", equalTo("REJECTED"))
                .body("objection.decidedOn", equalTo("2025-03-14"));
        progression.advance(id, date("2025-03-28"));
        assertThat(rows.byNumber(c.caseNumber()).paymentDemandSentOn()).isNull();
        progression.advance(id, date("2025-03-29"));
        CaseRows.CaseRow row = rows.byNumber(c.caseNumber());
        assertThat(row.stage()).isEqualTo(CaseStage.PAYMENT_DEMAND);
        assertThat(row.paymentDemandSentOn()).isEqualTo(date("2025-03-29"));
        assertThat(row.paymentDemandDeadline()).isEqualTo(date("2025-04-12"));

        WebClient back = debtorOn("2025-03-15", c);
        Document page = back.getPage(ObjectionPages.page(c.caseNumber()));
        assertThat(page.select("[data-testid=objection-answer]").attr("data-outcome")).isEqualTo("REJECTED");
        assertThat(page.select("[data-testid=objection-answer]").text()).contains("28. mars 2025")
                .contains("Finansklagenemnda");
        assertThat(page.select("[data-testid=objection-answer-reason]").text())
                .isEqualTo("Kontrakten er signert med BankID av deg 2. januar.");
        assertThat(page.select("[data-testid=objection-form]")).as("a new objection may follow").hasSize(1);
        Document detail = back.getPage("/cases/" + c.caseNumber());
        assertThat(detail.select("[data-testid=timeline-event]").eachAttr("data-type"))
                .contains("OBJECTION_OPENED", "OBJECTION_DECIDED");

        List<Mail> mails = mailbox.getMailsSentTo("innsigelse@example.no");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains("/cases/" + c.caseNumber()).doesNotContain("795")
                .doesNotContain("Kontrakten");
    }

    @Test
    void anUpheldObjectionRemovesTheClaimAndItsCollectionCosts() {
        Map<String, Object> request = caseRequest("750.00");
        Json.set(request, "claims", Json.array(
                Json.object("invoiceNumber", "A-1", "description", "Strøm januar", "principal", "750.00",
                        "dueDate", "2025-02-01"),
                Json.object("invoiceNumber", "B-2", "description", "Strøm februar", "principal", "400.00",
                        "dueDate", "2025-02-01")));
        Fixtures.OpenedCase c = fixtures.openCase(fixtures.creditor(true), request);
        long id = fixtures.caseId(c.caseNumber());
        List<Long> claims = rows.claimIds(id);
        // Unpaid past the demand deadline (04-01): lett salær 04-02, 245.00 on A (≤ 1 000), 175.00 on B (≤ 500).
        progression.advance(id, date("2025-04-02"));
        assertThat(rows.costs(id)).extracting(CostRow::type, CostRow::claimId, CostRow::amount).contains(
                tuple(CostLineType.LIGHT_FEE, claims.get(0), money("245.00")),
                tuple(CostLineType.LIGHT_FEE, claims.get(1), money("175.00")));

        WebClient debtor = debtorOn("2025-04-05", c);
        Response sent = ObjectionPages.submit(debtor, c.caseNumber(), "ALREADY_PAID", "B-2 er betalt.",
                List.of(String.valueOf(claims.get(1))), List.of());
        assertThat(sent.statusCode()).isEqualTo(303);
        String reference = debtor.getPage(sent.header("Location")).select("[data-testid=objection-reference]").text();

        // Before, on 04-08: 750 + 400 + interest 02-02…04-08 = 66 d (750 × 12.5 × 66 / 36 500 = 16.9521, and
        // 400 × 12.5 × 66 / 36 500 = 9.0411: 25.99) + 35.00 + 245.00 + 175.00 = 1 630.99.
        clock.fixAt(Instant.parse("2025-04-08T09:00:00Z"));
        api(c).body("balance.totalDue", equalTo("1630.99"));
        Response decided = ObjectionPages.decide(staff(), fixtures.objectionId(reference), "UPHOLD",
                "Vi har funnet innbetalingen din.", Map.of(claims.get(1), "CANCEL"));
        assertThat(decided.statusCode()).isEqualTo(303);

        // After: B owes nothing, neither its interest nor its salær: 750 + 16.95 + 35.00 + 245.00 = 1 046.95.
        api(c).body("balance.totalDue", equalTo("1046.95"))
                .body("balance.feesOutstanding", equalTo("280.00"))
                .body("objection.status", equalTo("UPHELD"));
        WebClient back = debtorOn("2025-04-08", c);
        Document detail = back.getPage("/cases/" + c.caseNumber());
        assertThat(detail.select("[data-testid=balance-total]").attr("data-amount")).isEqualTo("1046.95");
        Document page = back.getPage(ObjectionPages.page(c.caseNumber()));
        assertThat(page.select("[data-testid=objection-answer]").attr("data-outcome")).isEqualTo("UPHELD");
        // The demand's deadline is 14 days from the decision: no tungt salær on 04-30 as the old deadline gave.
        progression.advance(id, date("2025-04-30"));
        assertThat(rows.costs(id)).extracting(CostRow::type).doesNotContain(CostLineType.HEAVY_FEE);
        assertThat(rows.byNumber(c.caseNumber()).paymentDemandDeadline()).isEqualTo(date("2025-04-22"));
    }

    @Test
    void upholdingTheWholeCaseCancelsIt() {
        Fixtures.OpenedCase c = openCase("750.00");
        WebClient debtor = debtorOn("2025-03-10", c);
        String reference = ObjectionPages.object(debtor, c.caseNumber(), "NOT_MY_DEBT", "Feil person.");
        clock.fixAt(Instant.parse("2025-03-12T09:00:00Z"));
        ObjectionPages.decide(staff(), fixtures.objectionId(reference), "UPHOLD", "Du har rett, det var en feil.",
                Map.of());
        api(c).body("status", equalTo("CANCELLED")).body("balance.totalDue", equalTo("0.00"))
                .body("balance.feesOutstanding", equalTo("0.00"));
    }

    @Test
    void aReductionBelowABandEdgeGivesTheLowerBandsFee() {
        Fixtures.OpenedCase c = openCase("1200.00");
        long id = fixtures.caseId(c.caseNumber());
        long claim = rows.claimIds(id).get(0);
        WebClient debtor = debtorOn("2025-03-10", c);
        String reference = ObjectionPages.object(debtor, c.caseNumber(), "AMOUNT_WRONG",
                "Avtalen var 900 kroner, ikke 1 200.");
        clock.fixAt(Instant.parse("2025-03-14T09:00:00Z"));
        WebClient support = staff();
        long objectionId = fixtures.objectionId(reference);
        // Not a reduction: the same amount, or more, or nonsense, is refused with the typed values kept.
        for (String wrong : List.of("1 200,00", "1500", "0", "abc")) {
            Response refused = ObjectionPages.decide(support, objectionId, "UPHOLD", "Redusert.",
                    Map.of(claim, "REDUCE:" + wrong));
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            Document page = ObjectionPages.html(refused);
            assertThat(page.select("[data-testid=error-summary] a").attr("href")).isEqualTo("#amount-" + claim);
            assertThat(page.select("#amount-" + claim).attr("value")).isEqualTo(wrong);
            assertThat(refused.asString()).contains("<title>Feil: ");
        }
        Response decided = ObjectionPages.decide(support, objectionId, "UPHOLD", "Riktig beløp er 900 kroner.",
                Map.of(claim, "REDUCE:900,00"));
        assertThat(decided.statusCode()).isEqualTo(303);

        // New notice deadline 03-28, demand 03-29, its deadline 04-12; lett salær 04-13 on 900.00: band ≤ 1 000,
        // 0.35 × 700 = 245.00 (on 1 200.00 it would have been 0.40 × 700 = 280.00).
        progression.advance(id, date("2025-04-13"));
        assertThat(rows.costs(id)).extracting(CostRow::type, CostRow::amount).containsExactly(
                tuple(CostLineType.COLLECTION_NOTICE_FEE, money("35.00")),
                tuple(CostLineType.LIGHT_FEE, money("245.00")));
        // 900 + interest on 900 from 02-02 to 04-13 = 71 d: 900 × 12.5 × 71 / 36 500 = 21.8836 → 21.88;
        // + 35.00 + 245.00 = 1 201.88.
        clock.fixAt(Instant.parse("2025-04-13T09:00:00Z"));
        api(c).body("balance.principalOutstanding", equalTo("900.00")).body("balance.totalDue", equalTo("1201.88"));
        assertThat(rows.events(id)).extracting(CaseRows.EventRow::type).contains(CaseEventType.OBJECTION_DECIDED);
    }

    @Test
    void supportAsksForMoreAndTheDebtorRepliesOnTheSamePage() {
        Fixtures.OpenedCase c = openCase("750.00");
        WebClient debtor = debtorOn("2025-03-10", c);
        optIntoMail(debtor, c);
        String reference = ObjectionPages.object(debtor, c.caseNumber(), "DEFECT", "Varmepumpen virket aldri.");
        long objectionId = fixtures.objectionId(reference);

        clock.fixAt(Instant.parse("2025-03-12T09:00:00Z"));
        WebClient support = staff();
        assertThat(ObjectionPages.decide(support, objectionId, "MORE_INFO",
                "Har du en reklamasjon på e-post? Legg den ved.", Map.of()).statusCode()).isEqualTo(303);
        assertThat(mailbox.getMailsSentTo("innsigelse@example.no")).hasSize(1);

        WebClient back = debtorOn("2025-03-13", c);
        Document page = back.getPage(ObjectionPages.page(c.caseNumber()));
        assertThat(page.select("[data-testid=objection-status]").attr("data-status")).isEqualTo("INFO_REQUESTED");
        assertThat(page.select("[data-testid=objection-question]").text())
                .isEqualTo("Har du en reklamasjon på e-post? Legg den ved.");
        Response replied = back.submitMultipart(ObjectionPages.page(c.caseNumber()),
                ObjectionPages.page(c.caseNumber()) + "/reply",
                List.of(new WebClient.Field("text", "Her er e-posten fra januar.")),
                List.of(ObjectionPages.pdf("reklamasjon.pdf")));
        assertThat(replied.statusCode()).isEqualTo(303);
        Document after = back.getPage(replied.header("Location"));
        assertThat(after.select("[data-testid=objection-replied]")).hasSize(1);
        // The week starts again from the reply.
        assertThat(after.select("[data-testid=objection-answer-due]").attr("data-date")).isEqualTo("2025-03-20");
        assertThat(after.select("[data-testid=objection-messages] li")).hasSize(2);

        Document staffPage = staff().getPage("/staff/objections/" + objectionId);
        assertThat(staffPage.select("[data-testid=objection-messages]").text()).contains("Her er e-posten fra januar.");
        assertThat(staffPage.select("[data-testid=objection-messages] a[download]").text()).contains("reklamasjon.pdf");
        assertThat(staffPage.select("[data-testid=objection-status]").attr("data-status")).isEqualTo("OPEN");
    }

    private void optIntoMail(WebClient debtor, Fixtures.OpenedCase c) {
        assertThat(debtor.submit("/profile", "/profile", Map.of("email", "innsigelse@example.no",
                "notifyByEmail", "true", "language", "nb")).statusCode()).isEqualTo(303);
        mailbox.clear();
    }

    private Fixtures.OpenedCase openCase(String principal) {
        return fixtures.openCase(fixtures.creditor(true), caseRequest(principal));
    }

    private Map<String, Object> caseRequest(String principal) {
        clock.fixAt(Instant.parse("2025-03-03T10:00:00Z"));
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "claims[0].principal", principal);
        Json.set(request, "claims[0].dueDate", "2025-02-01");
        return request;
    }

    /** The debtor on that day, logged in with the letter's PIN (a session does not outlive a shifted clock). */
    private WebClient debtorOn(String day, Fixtures.OpenedCase c) {
        clock.fixAt(Instant.parse(day + "T08:00:00Z"));
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return debtor;
    }

    private WebClient staff() {
        return new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
    }

    private static ValidatableResponse api(Fixtures.OpenedCase c) {
        return given().header("X-Api-Key", c.apiKey()).get("/api/v1/cases/" + c.caseNumber()).then().statusCode(200);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
