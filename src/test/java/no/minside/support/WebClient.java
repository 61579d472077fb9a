package no.minside.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser-like client for page tests: keeps cookies, does not follow redirects, and posts forms the way a
 * browser would, with the CSRF token taken from the form on the page it came from.
 */
public class WebClient {

    private final Map<String, String> cookies = new HashMap<>();
    private String acceptLanguage = "nb";

    public WebClient language(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /** A browser that already holds this session cookie (a session started below the pages). */
    public WebClient withSession(String token) {
        cookies.put("minside_session", token);
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** GETs a path exactly as a link would (already encoded, as in an href). */
    public Response get(String path) {
        return remember(request().urlEncodingEnabled(false).get(path));
    }

    /** GETs the page, fills the form posting to {@code action} with {@code fields}, and submits it. */
    public Response submit(String pagePath, String action, Map<String, String> fields) {
        Document page = Jsoup.parse(get(pagePath).asString());
        Element form = page.selectFirst("form[action=" + action + "]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + pagePath);
        }
        Map<String, String> body = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> body.put(i.attr("name"), i.attr("value")));
        body.putAll(fields);
        return post(action, body);
    }

    /** POSTs form fields as they are: no CSRF token unless the caller put one in. */
    public Response post(String path, Map<String, String> fields) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(spec::formParam);
        return remember(spec.post(path));
    }

    /** Logs in with the case number and PIN from the letter, through the login form. */
    public Response loginWithPin(String caseNumber, String pin) {
        return submit("/login", "/login", Map.of("caseNumber", caseNumber, "pin", pin));
    }

    public Document getPage(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.asString());
    }

    private RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).header("Accept-Language", acceptLanguage)
                .cookies(cookies);
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.hasMaxAge() && c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
