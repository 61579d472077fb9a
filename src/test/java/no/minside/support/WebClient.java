package no.minside.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser-like client for page tests: keeps cookies, does not follow redirects, and posts forms the way a
 * browser would, with the CSRF token taken from the form on the page it came from.
 */
public class WebClient {

    private final Map<String, String> cookies = new HashMap<>();
    private String acceptLanguage = "nb";
    private String address;

    /** A browser on another address (X-Forwarded-For; the test profile trusts it): its failures count apart. */
    public WebClient from(String address) {
        this.address = address;
        return this;
    }

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
        Element form = page.selectFirst("form[action=\"" + action + "\"]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + pagePath);
        }
        Map<String, String> body = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> body.put(i.attr("name"), i.attr("value")));
        body.putAll(fields);
        return post(action.replaceFirst("#.*", ""), body); // a browser never sends the fragment
    }

    /** A file as a browser's file input sends it: the name the person's computer gave it, a declared type, bytes. */
    public record Upload(String fileName, String declaredType, byte[] content) {
    }

    /** A form field, which may repeat (ticked checkboxes). */
    public record Field(String name, String value) {
    }

    /**
     * GETs the page, fills the multipart form posting to {@code action} (its hidden fields, then {@code fields}),
     * attaches the files as its {@code attachments} input, and submits it.
     */
    public Response submitMultipart(String pagePath, String action, List<Field> fields, List<Upload> files) {
        Document page = Jsoup.parse(get(pagePath).asString());
        Element form = page.selectFirst("form[action=\"" + action + "\"]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + pagePath);
        }
        List<Field> body = new ArrayList<>();
        form.select("input[type=hidden]").forEach(i -> body.add(new Field(i.attr("name"), i.attr("value"))));
        body.addAll(fields);
        return postMultipart(action, body, files);
    }

    /**
     * POSTs a multipart form as it is: no CSRF token unless the caller put one in. Built here rather than by REST
     * Assured, which sends multipart bodies chunked: a browser sends a form with its Content-Length, and the server's
     * size limits (web.RequestSizeLimits) judge a body by it.
     */
    public Response postMultipart(String path, List<Field> fields, List<Upload> files) {
        String boundary = "----MinSideTestBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Field field : fields) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.name()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.value() + "\r\n");
        }
        for (Upload file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.declaredType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return remember(request().config(RestAssured.config().encoderConfig(RestAssured.config().getEncoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray()).post(path));
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Logs in on the staff login page as a person would: the password, then the code from the authenticator app that
     * {@link Fixtures#staff} set up (computed as the app computes it). Ends on the staff home page's redirect.
     */
    public WebClient loginAsStaff(String username, String password) {
        Response first = staffPassword(username, password);
        if (first.statusCode() != 303 || !first.header("Location").endsWith("/staff/login")) {
            throw new AssertionError("Staff login as " + username + ": the password answered " + first.statusCode());
        }
        Response second = staffCode(Fixtures.current().staffCode(username));
        if (second.statusCode() != 303 || !second.header("Location").endsWith("/staff")) {
            throw new AssertionError("Staff login as " + username + ": the code answered " + second.statusCode());
        }
        return this;
    }

    /** The first step of a staff login: username and password on the login page. */
    public Response staffPassword(String username, String password) {
        return submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
    }

    /**
     * The second step: the code form the login page shows after the password (or the enrolment form, for an account
     * without an authenticator), filled in with {@code code} and submitted.
     */
    public Response staffCode(String code) {
        return submit("/staff/login", "/staff/login", Map.of("code", code));
    }

    /** POSTs an already encoded form body, for fields that repeat in a given order. */
    public Response postEncoded(String path, String body) {
        return remember(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body)
                .post(path));
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

    /**
     * The answer to a GET as it came over the wire, not decompressed, asking for {@code acceptEncoding} (null: no
     * Accept-Encoding header, as REST Assured otherwise sends one).
     */
    public Response getAsSent(String path, String acceptEncoding) {
        RequestSpecification request = request().config(RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return remember(request.get(path));
    }

    public Document getPage(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.asString());
    }

    private RequestSpecification request() {
        RequestSpecification request = RestAssured.given().redirects().follow(false)
                .header("Accept-Language", acceptLanguage).cookies(cookies);
        return address == null ? request : request.header("X-Forwarded-For", address);
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
