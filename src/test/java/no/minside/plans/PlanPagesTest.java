package no.minside.plans;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static no.minside.plans.PlanFlows.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The debtor's plan pages: the options side by side, a proposal answered at once on the same page, the summary
 * with the exact surcharge, accepting, and the plan's page; the case then rests on the plan.
 */
@QuarkusTest
class PlanPagesTest {

    @Inject
    PlanFlows flows;

    @Inject
    Fixtures fixtures;

    /**
     * 8 000.00 due 2026-01-15, notice today 2026-03-02 (fee 37.50), interest 2026-01-16 … 03-02 (46 days at 12 %):
     * 8 000 × 12 × 46 / 36 500 = 120.99. T = 8 158.49, six months at most; six months add the surcharge
     * 1.5 × 750 = 1 125.00 (T 9 283.49, still six months).
     */
    @Test
    void proposeApprovedAcceptedActive() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);

        Document plan = debtor.getPage("/cases/" + c.caseNumber() + "/plan");
        assertThat(plan.select("h1")).hasSize(1);
        assertThat(plan.select("[data-testid=plan-option]").eachAttr("data-months"))
                .as("a deferral, then the longest three of 2, 3, 6 … the policy allows for 8 158.49")
                .containsExactly("1", "2", "3", "6");
        Element six = plan.selectFirst("[data-testid=plan-option][data-months=6]");
        assertThat(six.text()).contains("1 125,00").contains("Godkjennes med en gang");
        assertThat(plan.selectFirst("[data-testid=plan-option][data-months=3]").text()).contains("0,00 kr");

        Document answer = flows.answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026"));
        assertThat(answer.title()).doesNotStartWith("Feil");
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("APPROVED");
        Element summary = answer.selectFirst("[data-testid=plan-summary]");
        assertThat(summary.select("[data-testid=plan-months]").attr("data-months")).isEqualTo("6");
        assertThat(amount(answer, "plan-surcharge")).isEqualTo("1125.00");
        assertThat(answer.select("[data-testid=plan-surcharge-note]").text())
                .as("the exact increase is stated before accepting (§ 2-4)").contains("nøyaktig 1 125,00 kr");
        BigDecimal total = new BigDecimal(amount(answer, "plan-total"));
        BigDecimal sum = answer.select("[data-testid=answer-schedule-row] td:eq(2) [data-amount]").eachAttr(
                "data-amount").stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("the instalments add up to the total").isEqualByComparingTo(total);
        assertThat(total).isGreaterThan(new BigDecimal("9283.49"));
        assertThat(answer.select("form[action$=/plan/accept] input[name=evaluation]")).hasSize(1);

        Response accepted = flows.accept(debtor, answer, 0);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).matches("/cases/" + c.caseNumber() + "/plan/BA-[0-9]+\\?accepted=true");
        Document confirmation = debtor.getPage(accepted.header("Location"));
        String reference = confirmation.select("[data-testid=plan-reference]").text();
        assertThat(reference).startsWith("BA-");
        assertThat(confirmation.select("[data-testid=plan-confirmed]")).hasSize(1);
        assertThat(confirmation.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("ACTIVE");
        assertThat(confirmation.select("[data-testid=plan-schedule-row]")).hasSize(6);
        assertThat(confirmation.select("[data-testid=pay-kid]").text()).isEqualTo(c.kid());
        assertThat(amount(confirmation, "pay-amount")).isEqualTo(
                confirmation.select("[data-testid=plan-schedule-row]").first().select("[data-amount]").attr("data-amount"));
        assertThat(confirmation.select("[data-testid=plan-if-missed]").text()).contains("14 dager");

        Document casePage = debtor.getPage("/cases/" + c.caseNumber());
        assertThat(casePage.select("[data-testid=task]").attr("data-phase")).isEqualTo("PAUSED_PLAN");
        assertThat(casePage.select("[data-testid=case-plan] a").attr("href"))
                .isEqualTo("/cases/" + c.caseNumber() + "/plan/" + reference);
        assertThat(casePage.select("[data-testid=fee-row][data-type=PLAN_SURCHARGE]")).hasSize(1);
        assertThat(debtor.getPage("/cases").select("[data-testid=badge-plan]")).hasSize(1);
        assertThat(debtor.getPage("/cases").select("[data-testid=plan-next-instalment]").text()).contains("16.3.2026");
        assertThat(debtor.getPage("/cases/" + c.caseNumber() + "/plan").select("[data-testid=plan-open]"))
                .as("no second plan while one is in force").hasSize(1);

        JsonPath status = flows.status(c);
        assertThat(status.getString("plan.reference")).isEqualTo(reference);
        assertThat(status.getString("plan.nextDueDate")).isEqualTo("2026-03-16");
        assertThat(status.getInt("plan.instalments")).isEqualTo(6);
        assertThat(status.getString("plan.totalToPay")).isEqualTo(total.toPlainString());
        assertThat(status.getString("balance.nextStep.kind")).isEqualTo("NONE");
        assertThat(status.getList("balance.fees.type")).contains("PLAN_SURCHARGE");
        assertThat(status.getString("balance.totalDue")).as("the surcharge is owed now").isEqualTo("9283.49");
        assertThat(fixtures.count("audit_log where action in ('PLAN_EVALUATED', 'PLAN_ACCEPTED') and target = 'case:"
                + c.caseNumber() + "'")).isEqualTo(2);
        assertThat(fixtures.count("plan_evaluation where case_id = " + fixtures.caseId(c.caseNumber())))
                .as("every evaluation stored").isEqualTo(1);
    }

    @Test
    void moneyIsTypedAsPeopleWriteIt() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        for (String typed : new String[] {"1 500", "1500,00", "kr 1 500"}) {
            Document answer = flows.answer(debtor, c, Map.of("monthlyAmount", typed, "firstDueDate", "2026-03-16"));
            assertThat(amount(answer, "plan-instalment")).as(typed).isEqualTo("1500.00");
            assertThat(answer.select("#monthlyAmount").attr("value")).as("the form shows it again").isNotBlank();
        }
    }

    @Test
    void aDeferralIsAPlanOfOneInstalmentWithoutSurcharge() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", "1", "firstDueDate", "30.3.2026"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("APPROVED");
        assertThat(answer.select("[data-testid=plan-months]").attr("data-months")).isEqualTo("1");
        assertThat(amount(answer, "plan-surcharge")).isEqualTo("0.00");
        Document confirmation = debtor.getPage(flows.accept(debtor, answer, 0).header("Location"));
        assertThat(confirmation.select("h1").text()).contains("Betalingsutsettelse");
        assertThat(confirmation.select("[data-testid=plan-schedule-row]")).hasSize(1);
    }

    @Test
    void badInputIsNamedAndEverythingTypedIsKept() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Response empty = flows.propose(debtor, c, Map.of("firstDueDate", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        Document page = PlanFlows.parse(empty);
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#monthlyAmount", "#firstDueDate");

        Response bad = flows.propose(debtor, c, Map.of("monthlyAmount", "ti tusen", "months", "6",
                "firstDueDate", "31.2.2026", "housing", "8 000", "adults", "0", "children0to5", "mange"));
        assertThat(bad.statusCode()).isEqualTo(400);
        page = PlanFlows.parse(bad);
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#months", "#firstDueDate", "#netIncome", "#adults", "#children0to5");
        assertThat(page.select("#monthlyAmount").attr("value")).isEqualTo("ti tusen");
        assertThat(page.select("#firstDueDate").attr("value")).isEqualTo("31.2.2026");
        assertThat(page.select("#housing").attr("value")).isEqualTo("8 000");
        assertThat(page.select("#adults").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#firstDueDate").attr("aria-describedby")).contains("firstDueDate-error");

        for (String months : new String[] {"0", "121", "6,5", "\u0000", "x".repeat(5000)}) {
            assertThat(flows.propose(debtor, c, Map.of("months", months, "firstDueDate", "16.3.2026")).statusCode())
                    .as(months.length() > 10 ? "a long text" : months).isEqualTo(400);
        }
        assertThat(flows.propose(debtor, c, Map.of("monthlyAmount", "0", "firstDueDate", "16.3.2026")).statusCode())
                .isEqualTo(400);
        assertThat(fixtures.count("plan_evaluation where case_id = " + fixtures.caseId(c.caseNumber())))
                .as("nothing evaluated from a form with errors").isZero();
    }

    /** A first due date out of the window is not a form error: the rules explain it, with a counter-offer. */
    @Test
    void aRejectedProposalExplainsEveryRuleAndItsCounterOfferIsAcceptedWithOneClick() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("monthlyAmount", "100", "firstDueDate", "16.3.2026"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REJECTED");
        assertThat(answer.select("[data-testid=plan-reasons] li").eachAttr("data-rule"))
                .contains("MIN_INSTALMENT", "MONTHS_LIMIT");
        assertThat(answer.select("[data-testid=plan-reasons] li").text()).contains("minst 300,00 kr");
        Element offer = answer.selectFirst("[data-testid=plan-counter-offer]");
        assertThat(offer).isNotNull();
        assertThat(offer.select("[data-testid=plan-months]").attr("data-months")).isEqualTo("6");
        assertThat(offer.select("[data-testid=plan-surcharge]").attr("data-amount")).isEqualTo("1125.00");
        assertThat(answer.select("form[action$=/plan/accept]")).as("one click: the counter-offer's own form")
                .hasSize(1);

        Response accepted = flows.accept(debtor, answer, 0);
        assertThat(accepted.statusCode()).isEqualTo(303);
        Document confirmation = debtor.getPage(accepted.header("Location"));
        assertThat(confirmation.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("ACTIVE");
        assertThat(confirmation.select("[data-testid=plan-months]").attr("data-months")).isEqualTo("6");
        assertThat(amount(confirmation, "plan-instalment"))
                .isEqualTo(offer.select("[data-testid=plan-instalment]").attr("data-amount"));
    }

    @Test
    void aDoubleSubmittedAcceptMakesOnePlan() throws Exception {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", "3", "firstDueDate", "16.3.2026"));
        Map<String, String> body = PlanFlows.hidden(answer, "/cases/" + c.caseNumber() + "/plan/accept");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<String> locations = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(4);
            List<CompletableFuture<Response>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return debtor.post("/cases/" + c.caseNumber() + "/plan/accept", body);
                }, threads));
            }
            for (CompletableFuture<Response> click : clicks) {
                Response r = click.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).isEqualTo(303);
                locations.add(r.header("Location"));
            }
            assertThat(locations).as("every click lands on the same plan").containsOnly(locations.get(0));
        } finally {
            threads.shutdownNow();
        }
        // Back to the summary (the browser's copy of it) and accept again later: still the one plan.
        Document now = debtor.getPage("/cases/" + c.caseNumber() + "/plan");
        assertThat(now.select("[data-testid=plan-open]")).hasSize(1);
        Map<String, String> again = new java.util.HashMap<>(body);
        again.put("csrf-token", now.select("input[name=csrf-token]").attr("value"));
        Response second = debtor.post("/cases/" + c.caseNumber() + "/plan/accept", again);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(locations.get(0));
        assertThat(fixtures.count("payment_plan where case_id = " + fixtures.caseId(c.caseNumber()))).isEqualTo(1);
        assertThat(fixtures.count("case_event where type = 'PLAN_STARTED' and case_id = "
                + fixtures.caseId(c.caseNumber()))).isEqualTo(1);
    }

    @Test
    void anotherDebtorsCaseAndEvaluationAreNotFound() {
        Fixtures.OpenedCase mine = flows.openCase("8000.00");
        Fixtures.OpenedCase theirs = flows.openCase("8000.00");
        WebClient other = flows.debtor(theirs);
        Document theirAnswer = flows.answer(other, theirs, Map.of("months", "3", "firstDueDate", "16.3.2026"));
        String theirEvaluation = theirAnswer.select("input[name=evaluation]").attr("value");

        WebClient me = flows.debtor(mine);
        for (String path : new String[] {"/cases/" + theirs.caseNumber() + "/plan",
                "/cases/" + theirs.caseNumber() + "/plan?evaluation=" + theirEvaluation,
                "/cases/" + theirs.caseNumber() + "/plan/BA-100001", "/cases/" + mine.caseNumber() + "/plan/BA-1",
                "/cases/" + mine.caseNumber() + "/plan/accept"}) {
            assertThat(me.get(path).statusCode()).as(path).isEqualTo(404);
        }
        Document mine0 = me.getPage("/cases/" + mine.caseNumber() + "/plan?evaluation=" + theirEvaluation);
        assertThat(mine0.select("[data-testid=plan-answer]")).as("another case's answer is not shown").isEmpty();
        Map<String, String> body = PlanFlows.hidden(mine0, "/cases/" + mine.caseNumber() + "/plan");
        body.put("evaluation", theirEvaluation);
        assertThat(me.post("/cases/" + mine.caseNumber() + "/plan/accept", body).statusCode()).isEqualTo(404);
        body.put("evaluation", "not-an-id");
        assertThat(me.post("/cases/" + mine.caseNumber() + "/plan/accept", body).statusCode()).isEqualTo(404);
        assertThat(new WebClient().get("/cases/" + mine.caseNumber() + "/plan").statusCode())
                .as("logged out: to the login").isEqualTo(302);
    }

    @Test
    void aCaseWithNothingToPayHasNoPlan() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        String owed = flows.status(c).getString("balance.totalDue");
        assertThat(flows.pay(c, owed, PlanFlows.TODAY).statusCode()).isEqualTo(201);
        WebClient debtor = flows.debtor(c);
        Document page = debtor.getPage("/cases/" + c.caseNumber() + "/plan");
        assertThat(page.select("[data-testid=plan-nothing]")).hasSize(1);
        assertThat(page.select("form[action=/cases/" + c.caseNumber() + "/plan]")).isEmpty();
    }

    @Test
    void anAnswerFromEarlierIsWorkedOutAgainBeforeItBinds() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", "3", "firstDueDate", "16.3.2026"));
        assertThat(flows.pay(c, "500.00", PlanFlows.TODAY).statusCode()).as("paid since the answer").isEqualTo(201);
        Response accepted = flows.accept(debtor, answer, 0);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).contains("renewed=true");
        Document renewed = debtor.getPage(accepted.header("Location"));
        assertThat(renewed.select("[data-testid=plan-renewed]")).hasSize(1);
        assertThat(renewed.select("[data-testid=plan-summary]").text()).contains("7 658,49");
        assertThat(fixtures.count("payment_plan where case_id = " + fixtures.caseId(c.caseNumber()))).isZero();
    }

    @Test
    void theCasePageLinksToThePlanPage() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = flows.debtor(c);
        assertThat(debtor.getPage("/cases/" + c.caseNumber()).select("[data-testid=action-plan]").attr("href"))
                .isEqualTo("/cases/" + c.caseNumber() + "/plan");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
