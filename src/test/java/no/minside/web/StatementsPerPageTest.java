package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import no.minside.audit.AuditEntry;
import no.minside.auth.WebSession;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.plans.PlanFlows;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.WebClient;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements per page (issue 12): the debtor's overview at most 3 with 1, 20 and 200 cases, a case detail at most
 * 4, the staff queues at most 4 with 1, 50 and 500 items, the session's lookup included, and the same count
 * whatever the data's size. Counted with Hibernate's statistics, which see every statement the ORM prepares. A kept
 * debtor's page also opens no transaction (its one read is in autocommit: no BEGIN and COMMIT round trips).
 */
@QuarkusTest
class StatementsPerPageTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    @Inject
    PlanFlows flows;

    @Test
    void theOverviewCostsAtMostThreeStatementsWithOneTwentyOrTwoHundredCases() {
        String nationalId = Fixtures.nationalId();
        String apiKey = fixtures.creditor(true);
        Map<Integer, Long> counts = new LinkedHashMap<>();
        int opened = 0;
        String session = null;
        for (int size : new int[]{1, 20, 200}) {
            for (; opened < size; opened++) {
                Map<String, Object> request = IntakeRequests.consumer(Fixtures.reference(), nationalId);
                Json.set(request, "claims[0].principal", (300 + opened) + ".00");
                fixtures.openCase(apiKey, request);
            }
            if (session == null) {
                session = fixtures.identitySession(nationalId);
            }
            counts.put(size, statements(new WebClient().withSession(session), "/cases"));
        }
        System.out.println("overview statements " + counts + ", first views " + cold);
        assertThat(counts.values()).as("statements for 1, 20 and 200 cases").allMatch(n -> n <= 3);
        assertThat(cold.subList(1, cold.size())).as("working out 19 or 180 new cards costs as many statements as 1")
                .allMatch(n -> n.equals(cold.get(1)));
    }

    @Test
    void aCaseDetailCostsAtMostFourStatements() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        long pin = statements(debtor, "/cases/" + c.caseNumber());
        String nationalId = Fixtures.nationalId();
        Fixtures.OpenedCase other = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        long identity = statements(new WebClient().withSession(fixtures.identitySession(nationalId)),
                "/cases/" + other.caseNumber());
        System.out.println("detail statements pin=" + pin + " identity=" + identity);
        assertThat(List.of(pin, identity)).allMatch(n -> n <= 4);
    }

    @Test
    void thePlanOptionsCostAtMostThreeStatements() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        long kept = statements(debtor, "/cases/" + c.caseNumber() + "/plan");
        System.out.println("plan options statements " + kept + ", first view " + cold.get(cold.size() - 1));
        assertThat(kept).as("the session, the case's versions, the debtor's past plans").isLessThanOrEqualTo(3);
    }

    @Test
    void theStaffQueuesCostAtMostFiveStatementsWithOneFiftyOrFiveHundredItems() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026",
                "netIncome", "15 000", "housing", "8000"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REFERRED");
        assertThat(flows.accept(debtor, answer, 0).statusCode()).isEqualTo(303);
        long template = fixtures.caseId(c.caseNumber());
        fixtures.execute("""
                insert into objection (case_id, reference, reason, text, whole_case, status, submitted_at, paused_on,
                                       answer_due_on, submission_token)
                values (?1, ?2, 'OTHER', 'Kø', true, 'OPEN', now(), current_date, current_date + 7, ?2)""",
                template, "IQ" + template);
        WebClient support = new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
        WebClient officer = new WebClient().loginAsStaff(fixtures.staff(Roles.OFFICER), Fixtures.STAFF_PASSWORD);
        Map<Integer, List<Long>> counts = new LinkedHashMap<>();
        int items = 1;
        for (int size : new int[]{1, 50, 500}) {
            queueItemsLike(template, size - items);
            items = size;
            counts.put(size, List.of(statements(support, "/staff"), statements(support, "/staff/objections"),
                    statements(officer, "/staff/plans")));
        }
        System.out.println("staff statements home/objections/plans " + counts);
        // At most four, and one more on the objection queue: its view is audited, as the plan queue's is.
        assertThat(counts.values()).allMatch(list -> list.get(0) <= 4 && list.get(1) <= 5 && list.get(2) <= 4);
        assertThat(counts.get(500)).as("the same with 500 items as with 1").isEqualTo(counts.get(1));
        Document queue = officer.getPage("/staff/plans");
        assertThat(queue.select("[data-testid=queue-row]")).as("the oldest 200, not all 500").hasSize(200);
        assertThat(queue.select("[data-testid=queue-more]").text()).contains("200 eldste");
    }

    /**
     * {@code n} more open objections and referred plans, on copies of the template case (the queues' rows as the
     * pages make them, copied in bulk: going through the pages 500 times would say nothing more).
     */
    private void queueItemsLike(long template, int n) {
        if (n <= 0) {
            return;
        }
        String batch = java.util.UUID.randomUUID().toString().substring(0, 8);
        fixtures.execute("""
                insert into collection_case (case_number, creditor_id, debtor_id, creditor_reference, kid, stage,
                    collection_notice_sent_on, collection_notice_deadline, pin_hash)
                select (9000000000 + nextval('case_number_seq'))::text, creditor_id, debtor_id, ?2 || '-' || g,
                       (8000000000 + nextval('case_number_seq'))::text, stage, collection_notice_sent_on,
                       collection_notice_deadline, pin_hash
                from collection_case, generate_series(1, ?3) g where id = ?1""", template, "queue-" + batch, n);
        fixtures.execute("""
                insert into claim (case_id, invoice_number, description, principal, due_date)
                select k.id, c.invoice_number, c.description, c.principal, c.due_date
                from collection_case k, claim c where k.creditor_reference like ?2 || '-%' and c.case_id = ?1""",
                template, "queue-" + batch);
        fixtures.execute("""
                insert into objection (case_id, reference, reason, text, whole_case, status, submitted_at, paused_on,
                                       answer_due_on, submission_token)
                select id, 'IQ' || id, 'OTHER', 'Kø', true, 'OPEN', now(), current_date, current_date + 7, 'IQ' || id
                from collection_case where creditor_reference like ?1 || '-%'""", "queue-" + batch);
        fixtures.execute("""
                insert into plan_evaluation (public_id, case_id, channel, actor_id, evaluated_on, policy_version,
                                             last_payment_id, decision, inputs, result, created_at)
                select gen_random_uuid(), k.id, e.channel, e.actor_id, e.evaluated_on, e.policy_version,
                       e.last_payment_id, e.decision, e.inputs, e.result, e.created_at
                from collection_case k, payment_plan p join plan_evaluation e on e.id = p.evaluation_id
                where k.creditor_reference like ?2 || '-%' and p.case_id = ?1""", template, "queue-" + batch);
        fixtures.execute("""
                insert into payment_plan (reference, case_id, case_number, debtor_id, status, evaluation_id, kid,
                    first_due_date, instalment, months, surcharge, total_to_pay, submitted_at, answer_due_at)
                select 'BA-Q' || k.id, k.id, k.case_number, p.debtor_id, p.status, e.id, k.kid, p.first_due_date,
                       p.instalment, p.months, p.surcharge, p.total_to_pay, p.submitted_at, p.answer_due_at
                from collection_case k join plan_evaluation e on e.case_id = k.id, payment_plan p
                where k.creditor_reference like ?2 || '-%' and p.case_id = ?1""", template, "queue-" + batch);
    }

    /**
     * The statements one GET of the page costs once its views are kept (the second view), and that it writes
     * nothing. The first view's count, which works the views out, is kept in {@link #cold}.
     */
    private long statements(WebClient browser, String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        cold.add(stats.getPrepareStatementCount() - touchStatements(stats));
        stats.clear();
        Response page = browser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        if (path.startsWith("/cases")) {
            assertThat(stats.getTransactionCount()).as("a kept debtor's page reads in autocommit: no transaction")
                    .isZero();
        }
        long audited = stats.getEntityStatistics(AuditEntry.class.getName()).getInsertCount();
        long touched = touches(stats);
        assertThat(stats.getEntityInsertCount() - audited + stats.getEntityUpdateCount() - touched
                + stats.getEntityDeleteCount())
                .as("a read-only page writes nothing but the session's touch: " + writes(stats)).isZero();
        assertThat(audited).as("only a staff member's view of people's data is audited (PRODUCT.md: who saw what)")
                .isLessThanOrEqualTo(path.startsWith("/staff") ? 1 : 0);
        return stats.getPrepareStatementCount() - touchStatements(stats);
    }

    /**
     * The session's idle clock, written back at most every 10 s (SessionService.TOUCH_INTERVAL): on a slow machine a
     * view can come 10 s after the one before. Not a cost of the page, and not counted: two statements each (the
     * lookup reads outside a transaction, so the write merges the row, a select and the update).
     */
    private static long touches(Statistics stats) {
        return stats.getEntityStatistics(WebSession.class.getName()).getUpdateCount();
    }

    private static long touchStatements(Statistics stats) {
        return 2 * touches(stats);
    }

    private static String writes(Statistics stats) {
        return java.util.Arrays.stream(stats.getEntityNames()).map(n -> n + " " + stats.getEntityStatistics(n))
                .filter(t -> !t.contains(",updateCount=0,") || !t.contains(",insertCount=0,") || !t.contains(",deleteCount=0,"))
                .toList().toString();
    }

    /** The first views' statement counts, in the order measured. */
    private final List<Long> cold = new ArrayList<>();
}
