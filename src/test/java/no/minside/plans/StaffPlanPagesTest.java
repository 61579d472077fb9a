package no.minside.plans;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referred plans and the case officers who decide them: the queue oldest first with the overdue marked, the plan
 * with its reasons and budget, approve / reject / counter-offer, and two officers at once.
 */
@QuarkusTest
class StaffPlanPagesTest {

    /** A budget that does not cover living costs: 15 000 − 8 000 − 10 724 (single adult) = −3 724 a month. */
    private static final Map<String, String> SHORT_BUDGET = Map.of("months", "6", "firstDueDate", "16.3.2026",
            "netIncome", "15 000", "housing", "8000");

    @Inject
    PlanFlows flows;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    /** The debtor sends a referred proposal to a case officer; returns its plan's reference. */
    private String referred(Fixtures.OpenedCase c) {
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, SHORT_BUDGET);
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REFERRED");
        assertThat(answer.select("[data-testid=plan-reasons] li").eachAttr("data-rule")).containsExactly("AFFORDABLE");
        assertThat(answer.select("[data-testid=plan-answer-due]").text()).contains("onsdag 4. mars 2026");
        assertThat(answer.select("[data-testid=plan-surcharge]").attr("data-amount")).isEqualTo("1125.00");
        Response sent = flows.accept(debtor, answer, 0);
        Document page = debtor.getPage(sent.header("Location"));
        assertThat(page.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("REFERRED");
        assertThat(page.select("[data-testid=plan-answer-due]").text()).contains("4. mars 2026");
        return page.select("[data-testid=plan-reference]").text();
    }

    /** The plan's id, as the officers' queue links to it. */
    private long idOf(String reference) {
        return Long.parseLong(flows.staff(Roles.OFFICER).getPage("/staff/plans")
                .selectFirst("[data-testid=queue-row][data-reference=" + reference + "] a").attr("href")
                .replace("/staff/plans/", ""));
    }

    @Test
    void proposeReferredOfficerApprovesActive() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String reference = referred(c);
        assertThat(flows.status(c).getString("plan")).as("not in force while referred").isNull();

        WebClient officer = flows.staff(Roles.OFFICER);
        Document queue = officer.getPage("/staff/plans");
        assertThat(queue.select("[data-testid=queue-row]").eachAttr("data-reference")).contains(reference);
        String item = queue.selectFirst("[data-testid=queue-row][data-reference=" + reference + "] a").attr("href");
        Document detail = officer.getPage(item);
        assertThat(detail.select("[data-testid=plan-rule][data-passed=false]").eachAttr("data-rule"))
                .containsExactly("AFFORDABLE");
        assertThat(detail.select("[data-testid=plan-disposable]").attr("data-amount")).isEqualTo("-3724.00");
        assertThat(detail.select("[data-testid=plan-history-row]")).hasSize(1);
        assertThat(detail.select("a[href=/staff/cases/" + c.caseNumber() + "]")).isNotEmpty();

        Response decided = officer.submit(item, item, Map.of("decision", "APPROVE",
                "reason", "Skyldneren har ringt og fortalt om ny jobb fra april."));
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(officer.getPage(decided.header("Location")).select("[data-testid=plan-decided]")).hasSize(1);

        WebClient debtor = flows.debtor(c);
        Document plan = debtor.getPage("/cases/" + c.caseNumber() + "/plan/" + reference);
        assertThat(plan.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("ACTIVE");
        assertThat(flows.status(c).getString("plan.reference")).isEqualTo(reference);
        assertThat(debtor.getPage("/cases/" + c.caseNumber()).select("[data-testid=task]").attr("data-phase"))
                .isEqualTo("PAUSED_PLAN");
        assertThat(mailbox.getMailsSentTo("kari@example.no")).as("told of the decision").hasSize(1);
        assertThat(mailbox.getMailsSentTo("kari@example.no").get(0).getSubject()).contains("betalingsavtale");
        assertThat(fixtures.count("audit_log where action = 'PLAN_APPROVED' and target = 'case:" + c.caseNumber()
                + "'")).isEqualTo(1);
        assertThat(fixtures.count("audit_log where action = 'STAFF_VIEWED_PLAN' and target = 'case:"
                + c.caseNumber() + "'")).isGreaterThanOrEqualTo(2);
        assertThat(fixtures.count("audit_log where action = 'STAFF_VIEWED_PLAN_QUEUE'")).isPositive();
    }

    @Test
    void theQueueIsOldestFirstWithTheOverdueMarked() {
        Fixtures.OpenedCase first = flows.openCase("8000.00");
        String older = referred(first);
        clock.shift(Duration.ofDays(3));
        Fixtures.OpenedCase second = flows.openCase("9000.00");
        String newer = referred(second, "19.3.2026");
        WebClient officer = flows.staff(Roles.OFFICER);
        Document queue = officer.getPage("/staff/plans");
        List<String> order = queue.select("[data-testid=queue-row]").eachAttr("data-reference");
        assertThat(order.indexOf(older)).isLessThan(order.indexOf(newer));
        assertThat(queue.select("[data-testid=queue-row][data-reference=" + older + "] [data-testid=queue-overdue]"))
                .as("answer due 4 March, today is 5 March").hasSize(1);
        assertThat(queue.select("[data-testid=queue-row][data-reference=" + newer + "] [data-testid=queue-overdue]"))
                .isEmpty();
        Document home = officer.getPage("/staff");
        assertThat(home.select("[data-testid=queue][data-queue=plans] [data-testid=queue-overdue-count]").text())
                .isNotBlank();
    }

    private String referred(Fixtures.OpenedCase c, String firstDue) {
        WebClient debtor = flows.debtor(c);
        Map<String, String> fields = new HashMap<>(SHORT_BUDGET);
        fields.put("firstDueDate", firstDue);
        Document answer = flows.answer(debtor, c, fields);
        Response sent = flows.accept(debtor, answer, 0);
        return debtor.getPage(sent.header("Location")).select("[data-testid=plan-reference]").text();
    }

    @Test
    void aRejectionNeedsAReasonAndTheDebtorSeesIt() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String reference = referred(c);
        WebClient officer = flows.staff(Roles.OFFICER);
        String item = "/staff/plans/" + idOf(reference);
        Response noReason = officer.submit(item, item, Map.of("decision", "REJECT", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        Document page = PlanFlows.parse(noReason);
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#reason");
        Response noDecision = officer.submit(item, item, Map.of("reason", "Mangler"));
        assertThat(PlanFlows.parse(noDecision).select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#decision");

        assertThat(officer.submit(item, item, Map.of("decision", "REJECT",
                "reason", "Budsjettet dekker ikke livsoppholdet. Ring oss.")).statusCode()).isEqualTo(303);
        Document plan = flows.debtor(c).getPage("/cases/" + c.caseNumber() + "/plan/" + reference);
        assertThat(plan.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("REJECTED");
        assertThat(plan.select("[data-testid=plan-officer-reason]").text()).contains("dekker ikke livsoppholdet");
        assertThat(flows.debtor(c).getPage("/cases/" + c.caseNumber() + "/plan").select("form[action=/cases/"
                + c.caseNumber() + "/plan]")).as("a new proposal can be made").hasSize(1);
    }

    @Test
    void aCounterOfferIsEvaluatedByTheCoreAndAcceptedByTheDebtor() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String reference = referred(c);
        WebClient officer = flows.staff(Roles.OFFICER);
        String item = "/staff/plans/" + idOf(reference);
        Response refused = officer.submit(item, item, Map.of("decision", "COUNTER_OFFER", "reason", "Lavere avdrag",
                "monthlyAmount", "100", "firstDueDate", "20.3.2026"));
        assertThat(refused.statusCode()).as("below the minimum: the core refuses it").isEqualTo(400);
        assertThat(PlanFlows.parse(refused).select("[data-testid=error-summary]").text()).contains("300,00 kr");

        Response offered = officer.submit(item, item, Map.of("decision", "COUNTER_OFFER",
                "reason", "Ni måneder gir et avdrag budsjettet tåler bedre.", "months", "9", "firstDueDate", "20.3.2026"));
        assertThat(offered.statusCode()).isEqualTo(303);

        WebClient debtor = flows.debtor(c);
        Document plan = debtor.getPage("/cases/" + c.caseNumber() + "/plan/" + reference);
        assertThat(plan.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("OFFERED");
        assertThat(plan.select("[data-testid=plan-counter-offer] [data-testid=plan-months]").attr("data-months"))
                .isEqualTo("9");
        Response accepted = flows.accept(debtor, plan, 0);
        assertThat(accepted.statusCode()).isEqualTo(303);
        Document active = debtor.getPage(accepted.header("Location"));
        assertThat(active.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("ACTIVE");
        assertThat(active.select("[data-testid=plan-schedule-row]")).hasSize(9);
        assertThat(fixtures.count("plan_evaluation where channel = 'OFFICER' and case_id = "
                + fixtures.caseId(c.caseNumber()))).as("the refused counter-offer is stored too").isEqualTo(2);
    }

    @Test
    void supportMayNotDecidePlans() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String reference = referred(c);
        String item = "/staff/plans/" + idOf(reference);
        WebClient support = flows.staff(Roles.SUPPORT);
        assertThat(support.get("/staff/plans").statusCode()).isEqualTo(403);
        assertThat(support.get(item).statusCode()).isEqualTo(403);
        String token = support.getPage("/staff").select("input[name=csrf-token]").attr("value");
        assertThat(support.post(item, Map.of("csrf-token", token, "decision", "APPROVE", "reason", "ok"))
                .statusCode()).isEqualTo(403);
        assertThat(flows.debtor(c).get(item).statusCode()).isEqualTo(403);
        assertThat(flows.staff(Roles.ADMIN).get(item).statusCode()).isEqualTo(200);
    }

    @Test
    void twoOfficersAtOnceOneDecisionStandsAndTheOtherIsTold() throws Exception {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String reference = referred(c);
        String item = "/staff/plans/" + idOf(reference);
        WebClient anne = flows.staff(Roles.OFFICER);
        WebClient bjorn = flows.staff(Roles.OFFICER);
        Map<String, String> approve = new HashMap<>(PlanFlows.hidden(anne.getPage(item), item));
        approve.putAll(Map.of("decision", "APPROVE", "reason", "Godkjent etter samtale."));
        Map<String, String> reject = new HashMap<>(PlanFlows.hidden(bjorn.getPage(item), item));
        reject.putAll(Map.of("decision", "REJECT", "reason", "Avslått: budsjettet går ikke opp."));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Response> answers = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> post(together, anne, item, approve),
                    threads);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> post(together, bjorn, item, reject),
                    threads);
            answers.add(a.get(60, TimeUnit.SECONDS));
            answers.add(b.get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(303, 409);
        Response loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(PlanFlows.parse(loser).select("[data-testid=already-decided]")).hasSize(1);
        String status = flows.debtor(c).getPage("/cases/" + c.caseNumber() + "/plan/" + reference)
                .select("[data-testid=plan-status]").attr("data-status");
        assertThat(status).isIn("ACTIVE", "REJECTED");
        assertThat(fixtures.count("audit_log where action in ('PLAN_APPROVED', 'PLAN_REJECTED') and target = 'case:"
                + c.caseNumber() + "'")).as("one decision stands").isEqualTo(1);
        assertThat(mailbox.getMailsSentTo("kari@example.no")).hasSize(1);
        // Later, from another page read before the decision (its own one-time token, the version then): told as
        // well, and nothing changes. The very form sent in the race, sent again, lands where it went the first time.
        Map<String, String> late = new HashMap<>(approve);
        org.jsoup.nodes.Document now = anne.getPage(item);
        late.put("csrf-token", now.select("input[name=csrf-token]").attr("value"));
        late.put("submission", now.select("input[name=submission]").attr("value"));
        Response stale = anne.post(item, late);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(PlanFlows.parse(stale).select("[data-testid=already-decided]")).hasSize(1);
    }

    private static Response post(CyclicBarrier together, WebClient browser, String path, Map<String, String> body) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return browser.post(path, body);
    }
}
