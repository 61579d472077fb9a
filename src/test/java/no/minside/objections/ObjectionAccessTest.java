package no.minside.objections;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.plans.PlanFlows;
import no.minside.plans.PlanRows;
import no.minside.support.Fixtures;
import no.minside.support.Management;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and do what: a debtor sees only their own objection and files, support decides, officers and debtors
 * do not, and support in turn cannot decide plans; two decisions at once make one; every staff view, download and
 * decision is audited.
 */
@QuarkusTest
class ObjectionAccessTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ObjectionMetrics metrics;

    @Inject
    PlanFlows plans;

    @Inject
    PlanRows planRows;

    @Test
    void anotherDebtorsObjectionAndFilesAreNotFound() {
        Debtor mine = debtorWithObjection();
        Debtor theirs = debtorWithObjection();
        String theirFile = theirs.client.getPage(ObjectionPages.page(theirs.caseNumber))
                .select("[data-testid=objection-files] a").attr("href");
        assertThat(theirs.client.get(theirFile).statusCode()).isEqualTo(200);

        assertThat(mine.client.get(ObjectionPages.page(theirs.caseNumber)).statusCode()).isEqualTo(404);
        assertThat(mine.client.get(theirFile).statusCode()).isEqualTo(404);
        String fileId = theirFile.substring(theirFile.lastIndexOf('/') + 1);
        assertThat(mine.client.get(ObjectionPages.page(mine.caseNumber) + "/attachments/" + fileId).statusCode())
                .as("their file through my case").isEqualTo(404);
        assertThat(mine.client.get(ObjectionPages.page(mine.caseNumber) + "/attachments/not-a-uuid").statusCode())
                .isEqualTo(404);
        for (String path : List.of("/staff/objections", "/staff/objections/" + theirs.objectionId,
                "/staff/objections/" + theirs.objectionId + "/attachments/" + fileId)) {
            assertThat(mine.client.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aFileIsDownloadedNeverShownAndEachDownloadIsAudited() {
        Debtor d = debtorWithObjection();
        WebClient support = staff(Roles.SUPPORT);
        Document page = support.getPage("/staff/objections/" + d.objectionId);
        String link = page.select("[data-testid=objection-files] a").attr("href");
        Response file = support.get(link);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment; filename=\"kvittering.pdf\"");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.asByteArray()).isEqualTo(ObjectionPages.PDF);
        assertThat(fixtures.count("audit_log where action = 'STAFF_DOWNLOADED_ATTACHMENT' and target = 'objection:"
                + d.reference + "'")).isEqualTo(1);
        assertThat(fixtures.count("audit_log where action = 'STAFF_VIEWED_OBJECTION' and target = 'objection:"
                + d.reference + "'")).isEqualTo(1);
        assertThat(fixtures.count("audit_log where action = 'STAFF_VIEWED_CASE' and target = 'case:"
                + d.caseNumber + "'")).as("the objection page shows the case").isEqualTo(1);
    }

    @Test
    void onlySupportAndAdminsDecide() {
        Debtor d = debtorWithObjection();
        WebClient officer = staff(Roles.OFFICER);
        assertThat(officer.get("/staff/objections").statusCode()).isEqualTo(403);
        assertThat(officer.get("/staff/objections/" + d.objectionId).statusCode()).isEqualTo(403);
        String token = officer.getPage("/staff").select("input[name=csrf-token]").attr("value");
        assertThat(officer.post("/staff/objections/" + d.objectionId, Map.of("csrf-token", token,
                "decision", "UPHOLD", "reason", "x", "version", "0")).statusCode()).isEqualTo(403);
        assertThat(officer.getPage("/staff").select("[data-queue=objections]")).isEmpty();
        WebClient support = staff(Roles.SUPPORT);
        assertThat(support.getPage("/staff").select("[data-queue=objections] [data-testid=queue-open]").text())
                .isNotBlank();
        assertThat(support.post("/staff/objections/" + d.objectionId, Map.of("decision", "REJECT", "reason", "x"))
                .statusCode()).as("no CSRF token").isEqualTo(400);
        assertThat(fixtures.count("objection where id = " + d.objectionId + " and status = 'OPEN'")).isEqualTo(1);
    }

    @Test
    void supportCannotOpenOrDecidePlans() {
        // A plan referred to a case officer: 6 months on 8 000 kr with a budget short of living costs.
        Fixtures.OpenedCase c = plans.openCase("8000.00");
        WebClient debtor = plans.debtor(c);
        Document answer = plans.answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026",
                "netIncome", "15 000", "housing", "8000"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REFERRED");
        Response sent = plans.accept(debtor, answer, 0);
        String reference = debtor.getPage(sent.header("Location")).select("[data-testid=plan-reference]").text();
        WebClient officer = staff(Roles.OFFICER);
        Document officerPage = officer.getPage(officer.getPage("/staff/plans")
                .selectFirst("[data-testid=queue-row][data-reference=" + reference + "] a").attr("href"));
        String item = officerPage.selectFirst("form[action^=/staff/plans/]").attr("action");
        String version = officerPage.select("input[name=version]").attr("value");

        WebClient support = staff(Roles.SUPPORT);
        long viewsBefore = fixtures.count("audit_log where action like 'STAFF_VIEWED_PLAN%'");
        assertThat(support.get("/staff/plans").statusCode()).isEqualTo(403);
        assertThat(support.get(item).statusCode()).isEqualTo(403);
        assertThat(support.get(item + "?decided=true").statusCode()).isEqualTo(403);
        String token = support.getPage("/staff").select("input[name=csrf-token]").attr("value");
        for (Map<String, String> decision : List.of(Map.of("decision", "APPROVE"), Map.of("decision", "REJECT"),
                Map.of("decision", "COUNTER_OFFER", "months", "12", "firstDueDate", "16.3.2026"))) {
            Map<String, String> form = new java.util.HashMap<>(decision);
            form.putAll(Map.of("csrf-token", token, "version", version, "reason", "Kunden ringte."));
            assertThat(support.post(item, form).statusCode()).as(decision.toString()).isEqualTo(403);
        }
        assertThat(planRows.status(reference)).as("nothing decided").isEqualTo("REFERRED");
        assertThat(fixtures.count("audit_log where action like 'STAFF_VIEWED_PLAN%'")).as("nothing shown")
                .isEqualTo(viewsBefore);
        assertThat(support.getPage("/staff").select("[data-queue=plans]")).isEmpty();
    }

    @Test
    void twoSupportUsersDecidingAtOnceMakeOneDecisionAndTheOtherIsTold() throws Exception {
        Debtor d = debtorWithObjection();
        List<WebClient> deciders = List.of(staff(Roles.SUPPORT), staff(Roles.SUPPORT));
        String path = "/staff/objections/" + d.objectionId;
        List<String> bodies = new ArrayList<>();
        String[] decisions = {"UPHOLD", "REJECT"};
        for (int i = 0; i < 2; i++) {
            Document page = deciders.get(i).getPage(path);
            bodies.add("csrf-token=" + ObjectionPages.encode(page.select("input[name=csrf-token]").attr("value"))
                    + "&version=" + page.select("input[name=version]").attr("value")
                    + "&decision=" + decisions[i] + "&reason=" + ObjectionPages.encode("Avgjort av " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return deciders.get(n).postEncoded(path, bodies.get(n));
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        Document told = null;
        for (CompletableFuture<Response> answer : answers) {
            Response r = answer.get();
            codes.add(r.statusCode());
            if (r.statusCode() == 409) {
                told = ObjectionPages.html(r);
            }
        }
        assertThat(codes).containsExactlyInAnyOrder(303, 409);
        assertThat(told.select("[data-testid=already-decided]").text()).contains("Avgjørelsen din er ikke lagret");
        assertThat(told.select("[data-testid=decision-form]")).as("nothing left to decide").isEmpty();
        assertThat(fixtures.count("audit_log where action = 'OBJECTION_DECIDED' and target = 'objection:"
                + d.reference + "'")).isEqualTo(1);
        assertThat(fixtures.count("case_event where type = 'OBJECTION_DECIDED' and case_id = "
                + fixtures.caseId(d.caseNumber))).isEqualTo(1);
        // A page loaded before the decision cannot decide after it either.
        Response late = deciders.get(0).postEncoded(path, bodies.get(0));
        assertThat(late.statusCode()).isEqualTo(409);
    }

    @Test
    void theQueueIsOldestFirstAndMarksWhatIsOverTheWeek() {
        clock.fixAt(java.time.Instant.parse("2031-01-05T09:00:00Z"));
        Debtor old = debtorWithObjection();
        clock.shift(Duration.ofDays(6));
        Debtor recent = debtorWithObjection();
        clock.shift(Duration.ofDays(2));
        WebClient support = staff(Roles.SUPPORT);
        Document queue = support.getPage("/staff/objections");
        List<String> references = queue.select("[data-testid=queue-row]").eachAttr("data-reference");
        assertThat(references).containsSubsequence(old.reference, recent.reference);
        assertThat(queue.select("[data-reference=" + old.reference + "] [data-testid=queue-overdue]")).hasSize(1);
        assertThat(queue.select("[data-reference=" + recent.reference + "] [data-testid=queue-overdue]")).isEmpty();
        assertThat(support.getPage("/staff/objections/" + old.objectionId).select("[data-testid=queue-overdue]"))
                .hasSize(1);

        // The gauge: 8 days waited is over the week, 2 days is in the first band.
        long[] counts = metrics.read();
        assertThat(counts[3]).isGreaterThanOrEqualTo(1);
        assertThat(counts[0]).isGreaterThanOrEqualTo(1);
        String scrape = Management.given().get("/q/metrics").asString();
        for (String band : List.of("0-2d", "3-5d", "6-7d", "over-7d")) {
            assertThat(scrape).contains("minside_objections_open{age=\"" + band + "\"}");
        }
    }

    private record Debtor(String caseNumber, WebClient client, String reference, long objectionId) {
    }

    /** A debtor who has objected to their case with a PDF attached. */
    private Debtor debtorWithObjection() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        Response sent = ObjectionPages.submit(debtor, c.caseNumber(), "ALREADY_PAID", "Betalt.", List.of("whole"),
                List.of(ObjectionPages.pdf("kvittering.pdf")));
        assertThat(sent.statusCode()).isEqualTo(303);
        String reference = debtor.getPage(sent.header("Location")).select("[data-testid=objection-reference]").text();
        return new Debtor(c.caseNumber(), debtor, reference, fixtures.objectionId(reference));
    }

    private WebClient staff(String role) {
        return new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
    }
}
