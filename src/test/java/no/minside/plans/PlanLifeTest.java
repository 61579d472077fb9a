package no.minside.plans;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.progression.StageProgressionService;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's life with a fixed clock: payments by the case's KID settle the instalments in order, all paid completes
 * the plan and the case, an instalment unpaid 14 days after its due date breaks it (collection resumes with a new
 * deadline), reminders and warnings once each, and a broken plan counts against the next one.
 */
@QuarkusTest
class PlanLifeTest {

    @Inject
    PlanFlows flows;

    @Inject
    PlanRows rows;

    @Inject
    PlanJob job;

    @Inject
    StageProgressionService progression;

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

    /** 8 000.00 due 2026-01-15, plan accepted 2026-03-02: six instalments from 16 March. */
    private record Active(Fixtures.OpenedCase c, String reference, long caseId) {
    }

    private Active active(String months) {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        Document answer = flows.answer(debtor, c, Map.of("months", months, "firstDueDate", "16.3.2026"));
        Response accepted = flows.accept(debtor, answer, 0);
        String reference = debtor.getPage(accepted.header("Location")).select("[data-testid=plan-reference]").text();
        return new Active(c, reference, fixtures.caseId(c.caseNumber()));
    }

    private void today(String date) {
        clock.fixAt(Instant.parse(date + "T10:00:00Z"));
    }

    @Test
    void paymentsSettleTheInstalmentsInOrder() {
        Active plan = active("6");
        today("2026-03-16");
        assertThat(flows.pay(plan.c(), "1000.00", LocalDate.parse("2026-03-16")).statusCode()).isEqualTo(201);
        assertThat(rows.instalments(plan.reference()).get(0)).isEqualTo("1000.00/1593.00");
        assertThat(flows.pay(plan.c(), "2000.00", LocalDate.parse("2026-03-16")).statusCode()).isEqualTo(201);
        assertThat(rows.instalments(plan.reference()).subList(0, 3))
                .containsExactly("1593.00/1593.00 paid 2026-03-16", "1407.00/1593.00", "0.00/1593.00");
        Document page = flows.debtor(plan.c()).getPage("/cases/" + plan.c().caseNumber() + "/plan/" + plan.reference());
        assertThat(page.select("[data-testid=plan-schedule-row]").eachAttr("data-state"))
                .containsExactly("PAID", "PART", "DUE", "DUE", "DUE", "DUE");
        assertThat(page.select("[data-testid=pay-amount]").attr("data-amount")).as("what is left of the next")
                .isEqualTo("186.00");
        assertThat(page.select("[data-testid=plan-paid]").attr("data-amount")).isEqualTo("3000.00");
        assertThat(flows.status(plan.c()).getInt("plan.instalmentsPaid")).isEqualTo(1);
        BigDecimal total = amount(page, "plan-total");
        assertThat(amount(page, "plan-left")).as("what the schedule still asks for").isEqualByComparingTo(
                total.subtract(new BigDecimal("3000.00")));
    }

    @Test
    void payingOffTodayCostsTheBalanceNotTheScheduleAndCompletesThePlan() {
        Active plan = active("12");
        today("2026-04-01");
        Document page = flows.debtor(plan.c()).getPage("/cases/" + plan.c().caseNumber() + "/plan/" + plan.reference());
        BigDecimal left = amount(page, "plan-left");
        BigDecimal payOff = amount(page, "plan-owed-now");
        assertThat(payOff).as("the balance today, as the case says")
                .isEqualByComparingTo(flows.status(plan.c()).getString("balance.totalDue"));
        assertThat(left).as("nothing paid: the whole schedule").isEqualByComparingTo(amount(page, "plan-total"));
        BigDecimal saving = left.subtract(payOff);
        assertThat(saving).as("the interest for the months to come").isPositive();
        assertThat(page.select("[data-testid=plan-pay-off]").text().replaceAll("[\\s\u00A0]", ""))
                .contains(formatted(saving) + "kr");

        assertThat(flows.pay(plan.c(), payOff.toPlainString(), LocalDate.parse("2026-04-01")).statusCode())
                .isEqualTo(201);
        assertThat(rows.status(plan.reference())).isEqualTo("COMPLETED");
        assertThat(flows.status(plan.c()).getString("balance.totalDue")).isEqualTo("0.00");
        Document done = flows.debtor(plan.c()).getPage("/cases/" + plan.c().caseNumber() + "/plan/" + plan.reference());
        assertThat(done.select("[data-testid=plan-pay-off]")).as("nothing to save on a completed plan").isEmpty();
        assertThat(done.select("[data-testid=plan-left]")).isEmpty();
    }

    private static BigDecimal amount(Document page, String testid) {
        return new BigDecimal(page.select("[data-testid=" + testid + "]").attr("data-amount"));
    }

    /** An amount as the Norwegian pages write it, without the thousands' spaces: 1234,50. */
    private static String formatted(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }

    @Test
    void allPaidCompletesThePlanAndTheCaseIsPaid() {
        Active plan = active("6");
        List<BigDecimal> amounts = rows.amounts(plan.reference());
        LocalDate due = LocalDate.parse("2026-03-16");
        for (BigDecimal amount : amounts) {
            today(due.toString());
            assertThat(flows.pay(plan.c(), amount.toPlainString(), due).statusCode()).isEqualTo(201);
            due = due.plusMonths(1);
        }
        JsonPath status = flows.status(plan.c());
        assertThat(status.getString("balance.totalDue")).as("the schedule pays the balance to the øre")
                .isEqualTo("0.00");
        assertThat(status.getString("balance.overpaid")).isEqualTo("0.00");
        assertThat(rows.status(plan.reference())).isEqualTo("COMPLETED");
        assertThat(status.getString("status")).as("the stage job's PAID step").isEqualTo("PAID");
        assertThat(status.getString("plan")).isNull();
        assertThat(rows.events(plan.caseId(), "PLAN_COMPLETED")).containsExactly("2026-08-16");
        assertThat(rows.events(plan.caseId(), "PAID")).containsExactly("2026-08-16");
    }

    @Test
    void aLatePaymentRaisesTheLastInstalmentByTheInterestItAdds() {
        Active plan = active("2");
        List<BigDecimal> amounts = rows.amounts(plan.reference());
        today("2026-03-16");
        flows.pay(plan.c(), amounts.get(0).toPlainString(), LocalDate.parse("2026-03-16"));
        today("2026-04-26");
        flows.pay(plan.c(), amounts.get(1).toPlainString(), LocalDate.parse("2026-04-26"));
        assertThat(rows.status(plan.reference())).isEqualTo("ACTIVE");
        BigDecimal left = new BigDecimal(flows.status(plan.c()).getString("balance.totalDue"));
        assertThat(left).as("ten days late: ten days more interest").isPositive().isLessThan(new BigDecimal("20"));
        assertThat(rows.amounts(plan.reference()).get(1)).isEqualByComparingTo(amounts.get(1).add(left));
        flows.pay(plan.c(), left.toPlainString(), LocalDate.parse("2026-04-26"));
        assertThat(rows.status(plan.reference())).isEqualTo("COMPLETED");
    }

    @Test
    void anInstalmentUnpaidFourteenDaysAfterItsDueDateBreaksThePlan() {
        Active plan = active("6");
        today("2026-03-30");
        assertThat(job.run()).as("16 March + 14 days: the debtor still has today").isZero();
        assertThat(rows.status(plan.reference())).isEqualTo("ACTIVE");

        today("2026-03-31");
        assertThat(job.run()).isEqualTo(1);
        assertThat(job.run()).as("a second run finds nothing").isZero();
        assertThat(rows.status(plan.reference())).isEqualTo("BROKEN");
        assertThat(rows.events(plan.caseId(), "PLAN_BROKEN")).containsExactly("2026-03-31");

        JsonPath status = flows.status(plan.c());
        assertThat(status.getString("plan")).isNull();
        // The case stood at the collection notice (sent 2 March) when the plan began; the payment demand the
        // pause held goes out now, with a new 14-day deadline, as after a rejected objection.
        assertThat(status.getString("status")).isEqualTo("PAYMENT_DEMAND");
        assertThat(status.getString("paymentDemandSentOn")).isEqualTo("2026-03-31");
        assertThat(status.getString("paymentDemandDeadline")).isEqualTo("2026-04-14");
        assertThat(rows.letters(plan.caseId(), "PAYMENT_DEMAND")).isEqualTo(1);
        assertThat(status.getList("balance.fees.type")).as("no fee for the days of the plan")
                .containsExactlyInAnyOrder("COLLECTION_NOTICE_FEE", "PLAN_SURCHARGE");
        assertThat(subjects()).containsExactly("Betalingsavtalen din kan bli brutt", "Betalingsavtalen din er brutt");

        today("2026-04-15");
        progression.advance(LocalDate.parse("2026-04-15"));
        List<Map<String, Object>> fees = flows.status(plan.c()).getList("balance.fees");
        assertThat(fees).filteredOn(f -> "LIGHT_FEE".equals(f.get("type"))).singleElement()
                .satisfies(f -> assertThat(f.get("incurredOn")).isEqualTo("2026-04-15"));

        Document page = flows.debtor(plan.c()).getPage("/cases/" + plan.c().caseNumber() + "/plan/"
                + plan.reference());
        assertThat(page.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("BROKEN");
    }

    @Test
    void aPlanBrokenOnAnotherCaseOfTheDebtorShowsInTheOptionsAtOnce() {
        String nationalId = Fixtures.nationalId();
        Fixtures.OpenedCase first = flows.openCase("8000.00", nationalId);
        Fixtures.OpenedCase second = flows.openCase("8000.00", nationalId);
        WebClient debtor = flows.debtor(first);
        Document answer = flows.answer(debtor, first, Map.of("months", "6", "firstDueDate", "16.3.2026"));
        assertThat(flows.accept(debtor, answer, 0).statusCode()).isEqualTo(303);

        today("2026-03-31");
        WebClient other = flows.debtor(second);
        String options = "/cases/" + second.caseNumber() + "/plan";
        assertThat(other.getPage(options).select("[data-testid=plan-option]").eachAttr("data-decision"))
                .as("the plan on the first case is in force").isNotEmpty().containsOnly("APPROVED");
        assertThat(other.getPage(options).select("[data-testid=plan-option]").eachAttr("data-decision"))
                .as("the same, kept").containsOnly("APPROVED");

        assertThat(job.run()).as("the first case's plan breaks").isEqualTo(1);
        assertThat(other.getPage(options).select("[data-testid=plan-option]").eachAttr("data-decision"))
                .as("a broken plan sends the next to a case officer, on any of the debtor's cases")
                .isNotEmpty().doesNotContain("APPROVED");
    }

    @Test
    void aBrokenPlanCountsAgainstTheNextForTwelveMonths() {
        Active plan = active("6");
        today("2026-03-31");
        job.run();
        WebClient debtor = flows.debtor(plan.c());
        Document answer = flows.answer(debtor, plan.c(), Map.of("months", "3", "firstDueDate", "10.4.2026"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("REFERRED");
        assertThat(answer.select("[data-testid=plan-reasons] li").eachAttr("data-rule")).containsExactly("BROKEN_PLAN");
        assertThat(answer.select("[data-testid=plan-reasons]").text()).contains("31.3.2026");
    }

    @Test
    void remindersAndWarningsOnceEachForThoseWhoOptedIn() {
        Active plan = active("6");
        today("2026-03-12");
        job.run();
        assertThat(subjects()).as("four days before: not yet").isEmpty();
        today("2026-03-13");
        job.run();
        job.run();
        assertThat(subjects()).containsExactly("Påminnelse: et avdrag forfaller snart");
        today("2026-03-23");
        job.run();
        job.run();
        assertThat(subjects()).containsExactly("Påminnelse: et avdrag forfaller snart",
                "Betalingsavtalen din kan bli brutt");
        Mail warning = mailbox.getMailsSentTo("kari@example.no").get(1);
        assertThat(warning.getText()).contains("/cases/" + plan.c().caseNumber()).doesNotContain("1 593");

        Active quiet = active("6");
        rows.noEmailNotices(quiet.caseId());
        mailbox.clear();
        today("2026-03-13");
        job.run();
        assertThat(mailbox.getTotalMessagesSent()).as("the other plan was reminded already; this one opted out")
                .isZero();
    }

    @Test
    void twoInstancesOfTheJobBreakThePlanOnce() throws Exception {
        Active plan = active("6");
        today("2026-03-31");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> run(together), threads);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> run(together), threads);
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(rows.events(plan.caseId(), "PLAN_BROKEN")).hasSize(1);
        assertThat(rows.events(plan.caseId(), "PAYMENT_DEMAND_SENT")).hasSize(1);
        assertThat(subjects()).filteredOn(s -> s.equals("Betalingsavtalen din er brutt")).hasSize(1);
    }

    /**
     * Two instances' plan jobs started at the same moment on each day that has work, 20 times over a fresh plan: the
     * reminder three days before the first instalment, the warning seven days after it went unpaid, and the break
     * fourteen days after; each once (one mail, one timeline event, one payment-demand letter), whichever instance
     * takes it.
     */
    @Test
    void twoInstancesStartedTogetherTwentyTimesDoEachPlansWorkOnce() throws Exception {
        int trials = 20;
        int brokenByA = 0;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < trials; trial++) {
                Active plan = active("6");
                mailbox.clear();
                for (String day : List.of("2026-03-13", "2026-03-23", "2026-03-31")) {
                    today(day);
                    CyclicBarrier together = new CyclicBarrier(2);
                    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> run(together), threads);
                    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> run(together), threads);
                    int byA = a.get(60, TimeUnit.SECONDS);
                    int byB = b.get(60, TimeUnit.SECONDS);
                    if (day.equals("2026-03-31")) {
                        assertThat(byA + byB).as("trial %d: plans broken by A and B", trial).isGreaterThanOrEqualTo(1);
                        brokenByA += byA;
                    }
                }
                assertThat(subjects()).as("trial %d", trial).containsExactly("Påminnelse: et avdrag forfaller snart",
                        "Betalingsavtalen din kan bli brutt", "Betalingsavtalen din er brutt");
                assertThat(rows.status(plan.reference())).isEqualTo("BROKEN");
                assertThat(rows.events(plan.caseId(), "PLAN_BROKEN")).containsExactly("2026-03-31");
                assertThat(rows.events(plan.caseId(), "PAYMENT_DEMAND_SENT")).hasSize(1);
                assertThat(rows.letters(plan.caseId(), "PAYMENT_DEMAND")).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("plan job, two instances at once: " + trials + " trials, plans broken by A " + brokenByA
                + ", by B " + (trials - brokenByA));
    }

    private int run(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.run();
    }

    private List<String> subjects() {
        return mailbox.getMailsSentTo("kari@example.no").stream().map(Mail::getSubject).toList();
    }
}
