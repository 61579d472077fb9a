package no.minside.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.common.Languages;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview and the case page send their layout from a frame rendered once (PageRenderer.aroundKeptBody), filled
 * in per request. Each such page must have exactly the layout a page rendered whole has (the profile page), with this
 * request's title, language switch, idle clock and a token that works; to a browser that accepts gzip it goes
 * compressed, and decompresses to the same page.
 */
@QuarkusTest
class FramedPagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aFramedPageHasTheLayoutOfAPageRenderedWholeForEveryKindOfDebtorAndLanguage() {
        String nationalId = Fixtures.nationalId();
        Fixtures.OpenedCase first = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        Fixtures.OpenedCase second = fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
        for (String language : new String[] {"nb", "en"}) {
            WebClient pin = new WebClient().language(language);
            assertThat(pin.loginWithPin(first.caseNumber(), first.pin()).statusCode()).isEqualTo(303);
            WebClient identity = new WebClient().language(language).withSession(fixtures.identitySession(nationalId));
            for (WebClient debtor : new WebClient[] {pin, identity}) {
                debtor.cookies().put(Languages.COOKIE, language); // as the switch sets it (a login sets the profile's)
                String whole = layout(debtor.getPage("/profile"));
                for (String path : new String[] {"/cases", "/cases/" + first.caseNumber()}) {
                    Document framed = debtor.getPage(path);
                    assertThat(layout(framed)).as(path + " in " + language).isEqualTo(whole);
                    assertThat(framed.selectFirst("[data-testid=language-switch]").attr("href"))
                            .isEqualTo("/language/" + (language.equals("nb") ? "en" : "nb") + "?return="
                                    + URLEncoder.encode(path, StandardCharsets.UTF_8));
                    long idle = Long.parseLong(framed.body().attr("data-idle-remaining"));
                    assertThat(idle).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15).toMillis());
                }
            }
            // The frame of the case page is one for all cases: each page shows its own number.
            for (String caseNumber : List.of(first.caseNumber(), second.caseNumber())) {
                assertThat(identity.getPage("/cases/" + caseNumber).title())
                        .isEqualTo((language.equals("nb") ? "Sak " : "Case ") + caseNumber + " – "
                                + (language.equals("nb") ? "Min side" : "My page"));
            }
            assertThat(identity.getPage("/cases").title())
                    .isEqualTo(language.equals("nb") ? "Mine saker – Min side" : "My cases – My page");
        }
    }

    @Test
    void theTokenInAFramedPageLogsOut() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        // Both pages' frames rendered before: the token comes from filling the frame in, and the filter (which makes a
        // new token on each page, with its signature in the cookie) must accept it.
        debtor.getPage("/cases");
        debtor.getPage("/cases/" + c.caseNumber());

        assertThat(debtor.submit("/cases/" + c.caseNumber(), "/logout", Map.of()).statusCode()).isEqualTo(303);

        assertThat(debtor.get("/cases").statusCode()).isEqualTo(302);
    }

    @Test
    void aFramedPageGoesCompressedToABrowserThatAcceptsGzipAndAsItIsToOneThatDoesNot() throws IOException {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        for (String path : List.of("/cases", "/cases/" + c.caseNumber())) {
            Response compressed = debtor.getAsSent(path, "gzip, deflate, br, zstd");
            Response plain = debtor.getAsSent(path, null);
            Response refused = debtor.getAsSent(path, "gzip;q=0, identity");

            assertThat(compressed.statusCode()).isEqualTo(200);
            assertThat(compressed.header("Content-Encoding")).as(path).isEqualTo("gzip");
            for (Response answer : List.of(compressed, plain, refused)) {
                assertThat(answer.header("Vary")).as("a cache must not give one client's encoding to another")
                        .containsIgnoringCase("Accept-Encoding");
                assertThat(answer.contentType()).isEqualTo("text/html;charset=UTF-8");
            }
            assertThat(plain.header("Content-Encoding")).isNull();
            assertThat(refused.header("Content-Encoding")).isNull();
            byte[] html;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.asByteArray()))) {
                html = in.readAllBytes(); // checks the trailer's CRC-32 and length
            }
            Document fromGzip = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            assertThat(ownValuesBlank(fromGzip)).as(path).isEqualTo(ownValuesBlank(Jsoup.parse(plain.asString())));
            assertThat(fromGzip.select("[data-testid=case-number]").text()).contains(c.caseNumber());
            // The frame's parts and the content are compressed apart (each once): a small page gains less than a big.
            assertThat(compressed.asByteArray().length).as(path)
                    .isLessThan(path.equals("/cases") ? html.length * 2 / 3 : html.length / 3);
        }
    }

    /** The page with the values each request has its own of blanked: the idle clock and the CSRF token. */
    private static String ownValuesBlank(Document page) {
        Document copy = page.clone();
        copy.body().removeAttr("data-idle-remaining");
        copy.select("input[name=csrf-token]").forEach(token -> token.attr("value", ""));
        return copy.outerHtml();
    }

    /**
     * The page without what is its own: its content, title, the switch's way back, the idle clock and the CSRF token
     * (a new one on each page).
     */
    private static String layout(Document page) {
        Document copy = page.clone();
        copy.select("main").forEach(Element::empty);
        copy.title("");
        copy.body().removeAttr("data-idle-remaining");
        copy.select("input[name=csrf-token]").forEach(token -> token.attr("value", ""));
        Element languageSwitch = copy.selectFirst("[data-testid=language-switch]");
        languageSwitch.attr("href", languageSwitch.attr("href").replaceFirst("\\?return=.*", ""));
        return copy.outerHtml();
    }
}
