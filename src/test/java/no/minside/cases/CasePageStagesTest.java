package no.minside.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.support.Fixtures;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page a stressed person reads, at every stage (issue 14): the first block names the amount and the
 * deadline, or what has happened when no deadline lies ahead; no date before today is called a deadline; the sum's
 * lines add up to what is due; the history's amounts agree with the fee table.
 */
@QuarkusTest
class CasePageStagesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Inject
    StageCases stages;

    @Inject
    TestClock clock;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // stage,     task phase, deadline,   next step,      what the first block says
        "NOTICE,      NOTICE,     2026-12-15, PAYMENT_DEMAND, Betal",
        "DEMAND,      DEMAND,     2026-12-10, LIGHT_FEE,      Betal",
        "LIGHT_FEE,   LIGHT_FEE,  2026-12-14, HEAVY_FEE,      Betal",
        "HEAVY_FEE,   HEAVY_FEE,  2026-12-04, LEGAL,          Betal",
        "LEGAL,       LEGAL,      ,           NONE,           Saken er sendt til rettslig inkasso",
        "PAID,        PAID,       ,           NONE,           Saken er betalt",
        "OVERPAID,    PAID,       ,           NONE,           Saken er betalt",
        "MOVED,       LEGAL,      ,           NONE,           Saken er sendt til rettslig inkasso",
    })
    void theFirstBlockSaysWhatToDoAndEveryNumberAgrees(StageCases.Stage stage, String phase, String deadline,
                                                       String next, String taskStart) {
        clock.fixAt(Instant.parse("2026-12-01T10:00:00Z"));
        Fixtures.OpenedCase c = stages.open(stage, TODAY);
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        Document page = browser.getPage("/cases/" + c.caseNumber());

        Element task = page.selectFirst("[data-testid=task]");
        assertThat(task.attr("data-phase")).isEqualTo(phase);
        assertThat(task.text()).startsWith(taskStart);
        BigDecimal total = amount(page, "balance-total");
        if (total.signum() > 0) {
            assertThat(page.selectFirst("section.task").text().replace('\u00A0', ' ')).as("the task names the amount")
                    .contains(page.selectFirst("[data-testid=pay-amount]").text().replace('\u00A0', ' '));
            assertThat(amount(page, "pay-amount")).isEqualTo(total);
        }
        assertThat(page.select("[data-testid=next-step]").attr("data-kind")).isEqualTo(next);

        // A deadline is never in the past.
        if (deadline == null) {
            assertThat(page.select("[data-testid=next-deadline]")).isEmpty();
        } else {
            assertThat(page.select("[data-testid=next-deadline] time").attr("datetime")).isEqualTo(deadline);
        }
        page.select("[data-testid=next-deadline] time").forEach(time ->
                assertThat(LocalDate.parse(time.attr("datetime"))).isAfterOrEqualTo(TODAY));

        // The sum adds up, to the øre.
        BigDecimal sum = amount(page, "balance-principal").add(amount(page, "balance-interest"))
                .add(amount(page, "balance-fees")).subtract(amount(page, "balance-paid"));
        assertThat(sum).isEqualByComparingTo(total);
        BigDecimal feeRows = page.select("[data-testid=fee-row] td:nth-child(3) [data-amount]").stream()
                .map(e -> new BigDecimal(e.attr("data-amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(feeRows).as("the fee rows add up to the fees in the sum")
                .isEqualByComparingTo(amount(page, "balance-fees"));

        // The history's last word on each salær is the amount the fee table shows.
        for (Element row : page.select("[data-testid=fee-row][data-type$=_FEE]")) {
            String type = row.attr("data-type");
            if (type.equals("REMINDER_FEE")) {
                continue;
            }
            var history = page.select("[data-testid=timeline-event][data-fee=" + type + "]");
            if (!history.isEmpty() && page.select("[data-testid=fee-row][data-type=" + type + "]").size() == 1) {
                assertThat(history.last().attr("data-amount")).as("history of " + type)
                        .isEqualTo(row.selectFirst("td:nth-child(3) [data-amount]").attr("data-amount"));
            }
        }
        if (stage == StageCases.Stage.OVERPAID) {
            assertThat(page.select("[data-testid=overpaid]").attr("data-amount")).isEqualTo("6.40");
            assertThat(page.select("[data-testid=overpaid]").text()).contains("betaler pengene tilbake");
        }
        if (stage == StageCases.Stage.MOVED) {
            assertThat(page.select("[data-testid=fee-sats-changed]").text())
                    .as("the salær followed the new sats on 1 January").contains("1.1.2026");
        }
    }

    private static BigDecimal amount(Document page, String testId) {
        return new BigDecimal(page.selectFirst("[data-testid=" + testId + "]").attr("data-amount"));
    }
}
