package no.minside.submissions;

import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.plans.PlanFlows;
import no.minside.support.Fixtures;
import no.minside.support.RateTablesBackup;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the double-submit and lost-update drills share: the data they set up and the pool that sends at once. */
abstract class ConcurrentForms {

    @Inject
    Fixtures fixtures;

    @Inject
    PlanFlows flows;

    @Inject
    TestClock clock;

    @Inject
    RateTablesBackup rateTables;

    Burst burst;

    /** How many requests go at once. */
    abstract int atOnce();

    @BeforeEach
    void pool() {
        burst = new Burst(atOnce());
    }

    @AfterEach
    void close() {
        burst.close();
        clock.reset();
    }

    /** A drill's figures, for the README and the report. */
    static void figure(String line) {
        System.out.println(line);
    }

    /** The hidden fields of the form(s) a selector finds on the page. */
    static Map<String, String> hidden(Document page, String selector) {
        Map<String, String> fields = new LinkedHashMap<>();
        page.select(selector + " input[type=hidden]").forEach(in -> fields.put(in.attr("name"), in.attr("value")));
        return fields;
    }

    WebClient admin() {
        return staff(Roles.ADMIN);
    }

    WebClient staff(String role) {
        return new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
    }

    /** A case with an open objection, sent by its debtor; returns the objection's id. */
    long openObjection() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        String mine = "/cases/" + c.caseNumber() + "/objection";
        assertThat(debtor.submitMultipart(mine, mine, List.of(new WebClient.Field("reason", "NO_INVOICE"),
                new WebClient.Field("text", ""), new WebClient.Field("claims", "whole")), List.of()).statusCode())
                .isEqualTo(303);
        return ((Number) fixtures.single("select id from objection where case_id = ?1",
                fixtures.caseId(c.caseNumber()))).longValue();
    }

    /** A case with a plan referred to a case officer (a budget that does not cover living costs); its plan's id. */
    long referredPlan() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026",
                "netIncome", "15 000", "housing", "8000"));
        assertThat(flows.accept(debtor, answer, 0).statusCode()).isEqualTo(303);
        return ((Number) fixtures.single("select id from payment_plan where case_id = ?1",
                fixtures.caseId(c.caseNumber()))).longValue();
    }

    /** Puts the plan back in the officers' queue, below the pages, for the next trial. */
    void referAgain(long plan) {
        fixtures.execute("update payment_plan set status = 'REFERRED', ended_on = null, decided_by = null, "
                + "decided_at = null, decision_reason = null where id = ?1", plan);
    }

    /** The creditor's policy form as its page fills it in. */
    static Map<String, String> creditorForm(Document page) {
        Map<String, String> fields = hidden(page, "[data-testid=creditor-form]");
        page.selectFirst("[data-testid=creditor-form]").select("input[type=text], input[type=email], "
                + "input[type=tel], input[type=radio][checked], input[type=checkbox][checked]")
                .forEach(in -> fields.put(in.attr("name"), in.attr("value")));
        return fields;
    }

    /** An API client of the channel kind; its id. */
    long newClient() {
        String key = fixtures.apiClient("CHANNEL");
        return ((Number) fixtures.single("select id from api_client where key_hash = ?1",
                no.minside.common.ApiKeys.hash(key))).longValue();
    }
}
