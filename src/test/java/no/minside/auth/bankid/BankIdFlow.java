package no.minside.auth.bankid;

import io.restassured.response.Response;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the BankID code flow the way a browser does, step by step, through quarkus-oidc and the stand-in provider:
 * the start on /login/bankid, the provider's login page, the choice of a person, and the way back with code and
 * state. Each step is a method, so that a test can stop between two and spoil what a browser would carry on.
 */
public final class BankIdFlow {

    private final WebClient browser;

    public BankIdFlow(WebClient browser) {
        this.browser = browser;
    }

    /** GET /login/bankid: the redirect to the provider's authorization endpoint, with its state cookie set. */
    URI start() {
        Response answer = browser.get("/login/bankid");
        assertThat(answer.statusCode()).as("the start of the flow").isEqualTo(302);
        return URI.create(answer.header("Location"));
    }

    /** The provider's login page for this authorization request. */
    Document providerPage(URI authorize) {
        Response page = browser.get(authorize.toString());
        assertThat(page.statusCode()).as("the stand-in's login page").isEqualTo(200);
        return Jsoup.parse(page.asString());
    }

    /**
     * Chooses the person on the provider's page and submits; returns where the provider sends the browser back
     * (the redirect_uri with code and state).
     */
    URI choose(URI authorize, String identity) {
        Document page = providerPage(authorize);
        Element form = page.selectFirst("form[action=/bankid-standin/authorize]");
        assertThat(form).as("the stand-in's form").isNotNull();
        Map<String, String> body = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> body.put(i.attr("name"), i.attr("value")));
        body.put("identity", identity);
        body.put("action", "login");
        Response answer = browser.post("/bankid-standin/authorize", body);
        assertThat(answer.statusCode()).as("the stand-in's answer").isEqualTo(303);
        return URI.create(answer.header("Location"));
    }

    /** The browser arrives back on /login/bankid with what the provider gave it. */
    Response back(URI callback) {
        return browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** The whole flow for this person; returns the answer to the way back. */
    public Response loginAs(String identity) {
        return back(choose(start(), identity));
    }

    /** The origin (scheme, host and port) of a URI. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** A query parameter of a URI, decoded. */
    static String param(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
