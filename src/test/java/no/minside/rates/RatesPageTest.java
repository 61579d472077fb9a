package no.minside.rates;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The public rates page: the inkassosats history, the salær at today's sats, and late interest, in both languages. */
@QuarkusTest
class RatesPageTest {

    private static final Instant SUMMER_2025 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant SPRING_2026 = Instant.parse("2026-03-01T10:00:00Z");

    @Inject
    TestClock clock;


    @Test
    void anyoneCanSeeTheRatesInBokmalWithoutLoggingIn() {
        Response answer = RestAssured.given().redirects().follow(false).get("/rates");
        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nb");
        assertThat(page.select("h1").text()).isEqualTo("Satser for gebyrer og renter");
        assertThat(page.select("h2").eachText()).containsExactly(
                "Satser i dag", "Inkassosatsen", "Inkassosalær", "Gebyr for inkassovarsel", "Forsinkelsesrente");
        assertThat(page.select("[data-testid=vat-note]").text()).contains("25 % merverdiavgift");
        assertThat(page.body().text()).doesNotContain("rates:").doesNotContain("???");
    }

    @Test
    void englishWhenTheBrowserAsksForIt() {
        Document page = new WebClient().language("en").getPage("/rates");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Fees and interest rates");
        assertThat(page.select("h2").eachText()).containsExactly(
                "Rates today", "The inkassosats", "Collection fee (salær)", "Collection notice fee",
                "Late-payment interest");
        assertThat(page.select("caption").eachText()).containsExactly("The inkassosats over time",
                "Collection fee by principal, at today's inkassosats", "Late-payment interest by half-year");
        assertThat(page.select("[data-testid=vat-note]").text()).contains("25 % VAT");
        assertThat(page.body().text()).doesNotContain("rates:").doesNotContain("Satser");
    }

    @Test
    void theInkassosatsHistoryShowsBothPeriodsAndMarksTheProvisionalOne() {
        clock.fixAt(SUMMER_2025);
        Document page = new WebClient().getPage("/rates");
        Element old = inkassoRow(page, "2017-01-01");
        assertThat(old.select("[data-testid=valid-to]").attr("datetime")).isEqualTo("2025-12-31");
        assertThat(old.select("[data-testid=sats]").attr("data-amount")).isEqualTo("700.00");
        assertThat(old.select("[data-testid=sats]").text()).isEqualTo("700,00 kr");
        assertThat(old.select("[data-testid=provisional]")).isEmpty();
        assertThat(old.select("[data-testid=in-force]").text()).isEqualTo("Gjelder i dag");

        Element current = inkassoRow(page, "2026-01-01");
        assertThat(current.select("[data-testid=sats]").attr("data-amount")).isEqualTo("750.00");
        assertThat(current.select("[data-testid=provisional]").text()).isEqualTo("Foreløpig");
        assertThat(current.select("[data-testid=valid-to]")).isEmpty();
        assertThat(current.text()).contains("Inntil videre");
        assertThat(current.select("[data-testid=source]").text())
                .as("research notes stay for admins; this rate has no official source yet").isEqualTo("–");
        assertThat(old.select("[data-testid=source]").text()).startsWith("Lovdata");
        assertThat(page.select("main").text()).doesNotContain("kred.no").doesNotContain("amili")
                .doesNotContain("not found");
        assertThat(current.select("[data-testid=in-force]")).isEmpty();
    }

    @Test
    void beforeTwentyTwentySixTheFeesUseSats700() {
        clock.fixAt(SUMMER_2025);
        Document page = new WebClient().getPage("/rates");
        BigDecimal sats = new BigDecimal("700.00");

        assertThat(page.select("[data-testid=sats-today]").attr("data-amount")).isEqualTo("700.00");
        assertThat(page.select("[data-testid=notice-fee]").attr("data-amount")).isEqualTo("35.00");
        assertThat(page.select("[data-testid=provisional-today]")).isEmpty();
        assertBand(page, "500.00", sats, "0.25");
        assertBand(page, "1000.00", sats, "0.35");
        assertBand(page, "250000.00", sats, "3.60");
        assertThat(bandRow(page, "500.00").select("[data-testid=consumer-light]").text()).isEqualTo("175,00 kr");
    }

    @Test
    void fromTwentyTwentySixTheFeesUseTheProvisionalSats750() {
        clock.fixAt(SPRING_2026);
        Document page = new WebClient().getPage("/rates");
        BigDecimal sats = new BigDecimal("750.00");

        assertThat(page.select("[data-testid=sats-today]").attr("data-amount")).isEqualTo("750.00");
        assertThat(page.select("[data-testid=notice-fee]").attr("data-amount")).isEqualTo("37.50");
        assertThat(page.select("[data-testid=provisional-today]").text()).contains("foreløpig");
        assertThat(inkassoRow(page, "2026-01-01").select("[data-testid=in-force]")).hasSize(1);
        assertBand(page, "500.00", sats, "0.25");
        assertBand(page, "2500.00", sats, "0.40");
        Element top = page.select("[data-testid=fee-band]").last();
        assertThat(top.hasAttr("data-up-to")).isFalse();
        assertThat(top.selectFirst("th").text()).isEqualTo("Over 250 000,00 kr");
        assertAmounts(top, sats, "7.20");
    }

    @Test
    void theBandsReadAsPrincipalRangesWithTheirMultiples() {
        clock.fixAt(SUMMER_2025);
        Elements bands = new WebClient().getPage("/rates").select("[data-testid=fee-band]");
        assertThat(bands).hasSize(7);
        assertThat(bands.first().selectFirst("th").text()).isEqualTo("Til og med 500,00 kr");
        assertThat(bands.get(1).selectFirst("th").text()).isEqualTo("500,01 kr til 1 000,00 kr");
        assertThat(bands.eachAttr("data-up-to")).startsWith("500.00", "1000.00");
        assertThat(bands.select("[data-testid=multiple]").eachText())
                .containsExactly("0,25", "0,35", "0,40", "0,80", "1,60", "3,60", "7,20");
    }

    @Test
    void lateInterestShowsEveryHalfYearWithTheProvisionalOneMarked() {
        clock.fixAt(SUMMER_2025);
        Document page = new WebClient().getPage("/rates");
        Elements rows = page.select("[data-testid=interest-rate-row]");
        assertThat(rows).hasSize(10);

        Element secondHalf2025 = interestRow(page, "2025-07-01");
        assertThat(secondHalf2025.selectFirst("th").text()).isEqualTo("2. halvår 2025");
        assertThat(secondHalf2025.select("[data-testid=rate]").attr("data-rate")).isEqualTo("12.25");
        assertThat(secondHalf2025.select("[data-testid=rate]").text()).isEqualTo("12,25 %");
        assertThat(secondHalf2025.select("[data-testid=provisional]")).isEmpty();

        Element secondHalf2026 = interestRow(page, "2026-07-01");
        assertThat(secondHalf2026.selectFirst("th").text()).isEqualTo("2. halvår 2026");
        assertThat(secondHalf2026.select("[data-testid=rate]").attr("data-rate")).isEqualTo("12.00");
        assertThat(secondHalf2026.select("[data-testid=provisional]").text()).isEqualTo("Foreløpig");
        assertThat(secondHalf2026.select("[data-testid=source]").text()).isEqualTo("–");
        assertThat(interestRow(page, "2025-01-01").select("[data-testid=source]").text()).startsWith("Lovdata");

        assertThat(interestRow(page, "2025-01-01").select("[data-testid=in-force]")).hasSize(1);
        assertThat(rows.select("[data-testid=in-force]")).hasSize(1);
        assertThat(page.select("[data-testid=interest-today]").text()).isEqualTo("12,50 %");
    }

    @Test
    void inEnglishTheHalfYearsAndMarksAreEnglish() {
        clock.fixAt(SPRING_2026);
        Document page = new WebClient().language("en").getPage("/rates");
        Element row = interestRow(page, "2026-07-01");
        assertThat(row.selectFirst("th").text()).isEqualTo("July–December 2026");
        assertThat(row.select("[data-testid=provisional]").text()).isEqualTo("Provisional");
        assertThat(interestRow(page, "2026-01-01").select("[data-testid=in-force]").text())
                .isEqualTo("In force today");
        assertThat(page.select("[data-testid=rates-date]").text()).isEqualTo("1 Mar 2026");
    }

    @Test
    void thePageHasOneH1AndTablesWithCaptionsAndScopedHeaders() {
        Document page = new WebClient().getPage("/rates");
        assertThat(page.select("h1")).hasSize(1);
        Elements tables = page.select("table");
        assertThat(tables).hasSize(3);
        for (Element table : tables) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row", "colgroup"));
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.child(0).tagName()).isEqualTo("th"));
            assertThat(table.parent().hasClass("table-scroll")).isTrue();
        }
        assertThat(page.select("[data-amount]")).allSatisfy(
                e -> assertThat(e.attr("data-amount")).matches("\\d+\\.\\d{2}"));
    }

    private static void assertBand(Document page, String upTo, BigDecimal sats, String lightMultiple) {
        assertAmounts(bandRow(page, upTo), sats, lightMultiple);
    }

    /** The band's four amounts, worked out here by hand: lett = multiple × sats, tungt 2×, business 1.5×. */
    private static void assertAmounts(Element row, BigDecimal sats, String lightMultiple) {
        BigDecimal light = sats.multiply(new BigDecimal(lightMultiple));
        assertThat(row.select("[data-testid=consumer-light]").attr("data-amount")).isEqualTo(money(light));
        assertThat(row.select("[data-testid=consumer-heavy]").attr("data-amount"))
                .isEqualTo(money(light.multiply(new BigDecimal("2"))));
        assertThat(row.select("[data-testid=business-light]").attr("data-amount"))
                .isEqualTo(money(light.multiply(new BigDecimal("1.5"))));
        assertThat(row.select("[data-testid=business-heavy]").attr("data-amount"))
                .isEqualTo(money(light.multiply(new BigDecimal("3"))));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Element bandRow(Document page, String upTo) {
        Element row = page.selectFirst("[data-testid=fee-band][data-up-to=" + upTo + "]");
        assertThat(row).as("band up to " + upTo).isNotNull();
        return row;
    }

    private static Element inkassoRow(Document page, String from) {
        Element time = page.selectFirst("[data-testid=inkasso-rate-row] [data-testid=valid-from][datetime=" + from + "]");
        assertThat(time).as("inkassosats row from " + from).isNotNull();
        return time.closest("tr");
    }

    private static Element interestRow(Document page, String from) {
        Element row = page.selectFirst("[data-testid=interest-rate-row][data-from=" + from + "]");
        assertThat(row).as("interest row from " + from).isNotNull();
        return row;
    }
}
