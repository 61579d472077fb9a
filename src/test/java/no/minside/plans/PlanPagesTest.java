package no.minside.plans;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static no.minside.plans.PlanFlows.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The debtor's plan pages: options, a proposal answered at once, the summary, accepting, the plan's page. */
@QuarkusTest
class PlanPagesTest {

    @Inject
    PlanFlows flows;

    @Inject
    Fixtures fixtures;

    @Test
    void proposeApprovedAcceptedActive() {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);

        Document plan = debtor.getPage("/cases/" + c.caseNumber() + "/plan");
        assertThat(plan.select("h1")).hasSize(1);
        assertThat(plan.select("[data-testid=plan-option]")).isNotEmpty();

        Document answer = flows.answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026"));
        assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("APPROVED");
        assertThat(amount(answer, "plan-surcharge")).isEqualTo("1125.00");

        Response accepted = flows.accept(debtor, answer, 0);
        assertThat(accepted.statusCode()).isEqualTo(303);
        Document confirmation = debtor.getPage(accepted.header("Location"));
        assertThat(confirmation.select("[data-testid=plan-reference]").text()).startsWith("BA-");
        assertThat(confirmation.select("[data-testid=plan-schedule-row]")).hasSize(6);
        assertThat(confirmation.select("[data-testid=plan-status]").attr("data-status")).isEqualTo("ACTIVE");
    }
}
