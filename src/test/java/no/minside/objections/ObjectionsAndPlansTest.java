package no.minside.objections;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.common.Roles;
import no.minside.plans.PlanFlows;
import no.minside.plans.PlanJob;
import no.minside.plans.PlanRows;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where objections and payment plans meet (DOMAIN.md): an open objection pauses the case, so a proposal made while
 * it is open is rejected without a counter-offer, an answer given before it no longer binds, an officer cannot
 * approve, and a plan in force does not break; the case page offers both until one of them holds the case.
 */
@QuarkusTest
class ObjectionsAndPlansTest {

    /** Six months from 16 March on 8 000 kr: approved at once (StaffPlanPagesTest, PlanPagesTest). */
    private static final Map<String, String> SIX_MONTHS = Map.of("months", "6", "firstDueDate", "16.3.2026");

    /** The same with a budget that does not cover living costs: referred to a case officer. */
    private static final Map<String, String> SHORT_BUDGET = Map.of("months", "6", "firstDueDate", "16.3.2026",
            "netIncome", "15 000", "housing", "8000");

    @Inject
    PlanFlows flows;

    @Inject
    PlanRows rows;

    @Inject
    PlanJob job;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void theCasePageOffersBothAndAProposalWhileTheObjectionIsOpenIsRejected() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        String casePage = "/cases/" + c.caseNumber();
        Document before = debtor.getPage(casePage);
        assertThat(before.select("[data-testid=action-plan]").attr("href")).isEqualTo(casePage + "/plan");
        assertThat(before.select("[data-testid=action-objection]").attr("href")).isEqualTo(casePage + "/objection");

        ObjectionPages.object(debtor, c.caseNumber(), "AMOUNT_WRONG", "Fakturaen var på 6 000 kroner.");
        Document after = debtor.getPage(casePage);
        assertThat(after.select("[data-testid=objection-status]").attr("data-status")).isEqualTo("OPEN");
        assertThat(after.select("[data-testid=action-plan], [data-testid=action-objection]"))
                .as("the case is paused").isEmpty();

        Document planPage = debtor.getPage(casePage + "/plan");
        assertThat(planPage.select("[data-testid=plan-objection] a").attr("href")).isEqualTo(casePage + "/objection");
        assertThat(planPage.select("[data-testid=plan-option]")).as("no option would be approved").isEmpty();
        Document answer = flows.answer(debtor, c, SIX_MONTHS);
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REJECTED");
        assertThat(answer.select("[data-testid=plan-reasons] li").eachAttr("data-rule"))
                .containsExactly("OPEN_OBJECTION");
        assertThat(answer.select("[data-testid=plan-counter-offer]")).isEmpty();
        assertThat(answer.select("[data-testid=plan-no-counter-offer]")).hasSize(1);

        // The evaluation service for other channels reads the same objection table.
        Response api = RestAssured.given().contentType(ContentType.JSON).header("X-Api-Key", c.apiKey())
                .body(Json.object("caseNumber", c.caseNumber(),
                        "proposal", Json.object("months", 6, "firstDueDate", "2026-03-16")))
                .post("/api/v1/plan-evaluations");
        assertThat(api.statusCode()).as(api.asString()).isEqualTo(200);
        assertThat(api.jsonPath().getString("decision")).isEqualTo("REJECTED");
        assertThat(api.jsonPath().getList("rules.findAll { !it.passed }.rule")).containsExactly("OPEN_OBJECTION");

        JsonPath status = flows.status(c);
        assertThat(status.getString("objection.status")).isEqualTo("OPEN");
        assertThat(status.getString("plan")).isNull();
        assertThat(fixtures.count("payment_plan where case_id = " + fixtures.caseId(c.caseNumber()))).isZero();
    }

    @Test
    void anAnswerGivenBeforeTheObjectionNoLongerBinds() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        String answerPage = flows.propose(debtor, c, SIX_MONTHS).header("Location");
        assertThat(debtor.getPage(answerPage).select("[data-testid=plan-decision]").attr("data-decision"))
                .isEqualTo("APPROVED");

        ObjectionPages.object(debtor, c.caseNumber(), "NOT_MY_DEBT", "Jeg har aldri hatt strøm der.");
        // The debtor goes back to the answer and accepts it (the page again, for a fresh form token).
        Document approved = debtor.getPage(answerPage);
        assertThat(approved.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("APPROVED");
        assertThat(approved.select("[data-testid=plan-objection]")).hasSize(1);
        Response accepted = flows.accept(debtor, approved, 0);
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(303);
        assertThat(accepted.header("Location")).contains("renewed=true");
        Document renewed = debtor.getPage(accepted.header("Location"));
        assertThat(renewed.select("[data-testid=plan-renewed]")).hasSize(1);
        assertThat(renewed.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REJECTED");
        assertThat(renewed.select("[data-testid=plan-reasons] li").eachAttr("data-rule"))
                .containsExactly("OPEN_OBJECTION");
        assertThat(fixtures.count("payment_plan where case_id = " + fixtures.caseId(c.caseNumber()))).isZero();
        assertThat(flows.status(c).getString("plan")).isNull();
    }

    @Test
    void anOfficerCannotApproveWhileTheObjectionIsOpenAndCanOnceItIsRejected() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, SHORT_BUDGET);
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REFERRED");
        Response sent = flows.accept(debtor, answer, 0);
        String reference = debtor.getPage(sent.header("Location")).select("[data-testid=plan-reference]").text();
        String objection = ObjectionPages.object(debtor, c.caseNumber(), "DEFECT", "Strømmen var borte i to uker.");

        WebClient officer = flows.staff(Roles.OFFICER);
        String item = officer.getPage("/staff/plans")
                .selectFirst("[data-testid=queue-row][data-reference=" + reference + "] a").attr("href");
        assertThat(officer.getPage(item).select("[data-testid=plan-objection]")).hasSize(1);
        Response refused = officer.submit(item, item, Map.of("decision", "APPROVE", "reason", "Ny jobb fra april."));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = ObjectionPages.html(refused);
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").attr("href")).isEqualTo("#decision");
        assertThat(page.select("[data-testid=error-summary]").text()).contains("innsigelse");
        assertThat(rows.status(reference)).isEqualTo("REFERRED");

        WebClient support = new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
        assertThat(ObjectionPages.decide(support, fixtures.objectionId(objection), "REJECT",
                "Vi har målerdata for hele perioden.", Map.of()).statusCode()).isEqualTo(303);
        assertThat(officer.getPage(item).select("[data-testid=plan-objection]")).isEmpty();
        Response approved = officer.submit(item, item, Map.of("decision", "APPROVE", "reason", "Ny jobb fra april."));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(rows.status(reference)).isEqualTo("ACTIVE");

        // Paid off at once, so that no plan of this test is left in force for another test's plan job.
        assertThat(flows.pay(c, flows.status(c).getString("balance.totalDue"), PlanFlows.TODAY).statusCode())
                .isEqualTo(201);
        assertThat(rows.status(reference)).isEqualTo("COMPLETED");
    }

    @Test
    void aPlanInForceDoesNotBreakWhileTheObjectionIsOpen() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        long caseId = fixtures.caseId(c.caseNumber());
        WebClient debtor = flows.debtor(c);
        Response accepted = flows.accept(debtor, flows.answer(debtor, c, SIX_MONTHS), 0);
        String reference = debtor.getPage(accepted.header("Location")).select("[data-testid=plan-reference]").text();
        assertThat(rows.status(reference)).isEqualTo("ACTIVE");

        clock.fixAt(Instant.parse("2026-03-10T10:00:00Z"));
        debtor = flows.debtor(c);
        String objection = ObjectionPages.object(debtor, c.caseNumber(), "ALREADY_PAID", "Betalt til kreditor.");
        Document casePage = debtor.getPage("/cases/" + c.caseNumber());
        assertThat(casePage.select("[data-testid=case-plan]")).as("the plan line").hasSize(1);
        assertThat(casePage.select("[data-testid=objection-status]").attr("data-status")).isEqualTo("OPEN");

        // 16 March unpaid + 14 days: it would break on 31 March, but the objection holds the case.
        // (Other tests' plans may break in the same run: only this one is asserted.)
        clock.fixAt(Instant.parse("2026-03-31T10:00:00Z"));
        job.run();
        assertThat(rows.status(reference)).isEqualTo("ACTIVE");
        assertThat(rows.letters(caseId, "PAYMENT_DEMAND")).isZero();
        assertThat(flows.status(c).getString("status")).isEqualTo("COLLECTION_NOTICE");

        // Support rejects on 2 April: the notice gets 14 new days, to 16 April. The plan breaks at the next run,
        // and no payment demand goes out before the notice's new deadline has passed (inkassoloven § 10).
        clock.fixAt(Instant.parse("2026-04-02T10:00:00Z"));
        WebClient support = new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
        assertThat(ObjectionPages.decide(support, fixtures.objectionId(objection), "REJECT",
                "Vi finner ingen betaling.", Map.of()).statusCode()).isEqualTo(303);
        job.run();
        assertThat(rows.status(reference)).isEqualTo("BROKEN");
        assertThat(rows.events(caseId, "PLAN_BROKEN")).containsExactly("2026-04-02");
        JsonPath status = flows.status(c);
        assertThat(status.getString("status")).isEqualTo("COLLECTION_NOTICE");
        assertThat(status.getString("collectionNoticeDeadline")).isEqualTo("2026-04-16");
        assertThat(status.getString("paymentDemandSentOn")).isNull();
        assertThat(rows.letters(caseId, "PAYMENT_DEMAND")).isZero();
    }
}
