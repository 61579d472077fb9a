package no.minside.web;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import no.minside.support.WebClient.Field;
import no.minside.support.WebClient.Upload;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 6: a corpus of XSS payloads (src/test/resources/xss/payloads.txt) goes through every text input a
 * person or a creditor's system can fill, and every page and e-mail that shows the text is checked with
 * {@link HtmlSafety}: escaped in the source, no handler, script or foreign element in the document, and the text
 * still shown as typed (escaping must not lose it). Stored: the intake API's names, address and claims, the creditor's
 * name, the objection's text, file name and reply, support's question and reasons, the officer's plan reason, an API
 * client's name, a staff member's display name and a creditor's contact. Reflected: every form that shows what was
 * typed back with an error, the search box, the audit filters and a path.
 * <p>
 * Every payload goes through every input, two at a time: round r gives input i the payloads 2r + i and 2r + i + 1
 * (mod n) joined by a space, for n / 2 rounds; the invoice number (64 characters at most) takes them on two claims.
 */
@QuarkusTest
class XssCorpusTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final List<String> PAYLOADS = payloads();
    private static final Map<String, String> SHORT_BUDGET = Map.of("months", "6", "firstDueDate", "16.3.2026",
            "netIncome", "15 000", "housing", "8000");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    private final List<String> problems = new ArrayList<>();
    private int pagesChecked;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOW);
        mailbox.clear();
    }

    @Test
    void storedTextShowsEscapedOnEveryPageAndMailThatShowsIt() {
        WebClient support = staff(Roles.SUPPORT);
        WebClient officer = staff(Roles.OFFICER);
        WebClient admin = staff(Roles.ADMIN);
        String creditorKey = fixtures.creditor(true);
        long creditorId = fixtures.creditorId(creditorKey);

        for (int round = 0; round < PAYLOADS.size() / 2; round++) {
            Round r = new Round(round);
            fixtures.execute("update creditor set name = ?1 where id = ?2", r.text(Input.CREDITOR_NAME), creditorId);
            Fixtures.OpenedCase c = fixtures.openCase(creditorKey, intake(r));
            String caseNumber = c.caseNumber();
            WebClient debtor = new WebClient();
            assertThat(debtor.loginWithPin(caseNumber, c.pin()).statusCode()).isEqualTo(303);
            assertThat(debtor.submit("/profile", "/profile", Map.of("email", "xss" + round + "@example.no",
                    "notifyByEmail", "true", "language", "nb")).statusCode()).isEqualTo(303);
            mailbox.clear();

            // The objection, support's question, the reply and the decision.
            String objectionPage = "/cases/" + caseNumber + "/objection";
            Response sent = debtor.submitMultipart(objectionPage, objectionPage, List.of(new Field("reason", "DEFECT"),
                            new Field("text", r.text(Input.OBJECTION_TEXT)), new Field("claims", "whole")),
                    List.of(new Upload(r.fileName(), "application/pdf", PDF)));
            assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
            String reference = debtor.getPage(sent.header("Location")).select("[data-testid=objection-reference]").text();
            String staffObjection = "/staff/objections/" + fixtures.objectionId(reference);
            r.check(support, "/staff/objections", staffObjection);
            assertThat(support.submit(staffObjection, staffObjection, Map.of("decision", "MORE_INFO",
                    "reason", r.text(Input.QUESTION))).statusCode()).isEqualTo(303);
            r.check(debtor, objectionPage);
            assertThat(debtor.submitMultipart(objectionPage, objectionPage + "/reply",
                    List.of(new Field("text", r.text(Input.REPLY))), List.of()).statusCode()).isEqualTo(303);
            r.check(support, staffObjection);
            assertThat(support.submit(staffObjection, staffObjection, Map.of("decision", "REJECT",
                    "reason", r.text(Input.OBJECTION_REASON))).statusCode()).isEqualTo(303);

            // A plan the officer turns down, with a reason.
            String planPage = "/cases/" + caseNumber + "/plan";
            Response proposed = debtor.submit(planPage, planPage, SHORT_BUDGET);
            assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(303);
            Document answer = debtor.getPage(proposed.header("Location"));
            Element accept = answer.selectFirst("form[action$=/plan/accept]");
            assertThat(accept).as("the referred proposal can be sent").isNotNull();
            Response accepted = debtor.post(accept.attr("action"), fields(accept));
            assertThat(accepted.statusCode()).isEqualTo(303);
            String planView = accepted.header("Location").replaceAll("\\?.*", "");
            String planReference = planView.substring(planView.lastIndexOf('/') + 1);
            String staffPlan = "/staff/plans/" + fixtures.planId(planReference);
            r.check(officer, "/staff/plans", staffPlan);
            assertThat(officer.submit(staffPlan, staffPlan, Map.of("decision", "REJECT",
                    "reason", r.text(Input.PLAN_REASON))).statusCode()).isEqualTo(303);

            // What admins type: a channel client's name, a staff member's name, a creditor's contact.
            assertThat(admin.submit("/staff/admin/creditors", "/staff/admin/creditors", Map.of("step", "create-client",
                    "name", r.text(Input.CLIENT_NAME), "kind", "CHANNEL")).statusCode()).isIn(200, 303);
            assertThat(admin.submit("/staff/admin/staff", "/staff/admin/staff", Map.of("username",
                    "xss." + round + "." + System.nanoTime(), "displayName", r.text(Input.STAFF_NAME),
                    "role", Roles.SUPPORT)).statusCode()).isIn(200, 303);
            String creditorPage = "/staff/admin/creditors/" + creditorId;
            Element policy = admin.getPage(creditorPage).selectFirst("form[data-testid=creditor-form]");
            Map<String, String> policyFields = fields(policy);
            policyFields.put("contactName", r.text(Input.CONTACT_NAME));
            assertThat(admin.post(creditorPage, policyFields).statusCode()).isEqualTo(303);

            r.check(debtor, "/cases", "/cases/" + caseNumber, objectionPage, planView, "/profile");
            r.check(support, "/staff", "/staff/cases/" + caseNumber, staffObjection,
                    "/staff/search?q=" + encode(r.text(Input.DEBTOR_NAME)));
            r.check(officer, staffPlan);
            r.check(admin, "/staff/admin/creditors", creditorPage, "/staff/admin/staff", "/staff/admin/audit",
                    "/staff/admin/audit?case=" + caseNumber);
            r.checkMails(mailbox.getMailsSentTo("xss" + round + "@example.no"));
            r.everyInputShown();
        }
        assertThat(problems).as("%d pages and mails checked", pagesChecked).isEmpty();
        assertThat(pagesChecked).isGreaterThan(PAYLOADS.size() / 2 * 20);
    }

    @Test
    void typedTextComesBackEscapedOnEveryFormThatShowsItAgain() {
        WebClient support = staff(Roles.SUPPORT);
        WebClient admin = staff(Roles.ADMIN);
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        String creditorPage = "/staff/admin/creditors/" + fixtures.creditorId(c.apiKey());
        String planPage = "/cases/" + c.caseNumber() + "/plan";
        String objectionPage = "/cases/" + c.caseNumber() + "/objection";

        for (String payload : PAYLOADS) {
            shownBack("login", new WebClient().submit("/login", "/login", Map.of("caseNumber", payload, "pin", "1")),
                    payload);
            shownBack("plan form", debtor.submit(planPage, planPage, Map.of("months", payload, "monthlyAmount",
                    payload, "firstDueDate", payload, "netIncome", payload, "housing", payload)), payload);
            shownBack("profile", debtor.submit("/profile", "/profile", Map.of("email", payload, "phone", payload,
                    "language", "nb")), payload);
            shownBack("objection form", debtor.submitMultipart(objectionPage, objectionPage,
                    List.of(new Field("text", payload)), List.of()), payload);
            shownBack("search", support.get("/staff/search?q=" + encode(payload)), payload);
            shownBack("rates", admin.submit("/staff/admin/rates?edit=INTEREST", "/staff/admin/rates#edit",
                    Map.of("table", "INTEREST", "validFrom", payload, "value", payload, "reason", payload, "source",
                            payload, "officialSource", payload)), payload);
            Element policy = admin.getPage(creditorPage).selectFirst("form[data-testid=creditor-form]");
            Map<String, String> policyFields = fields(policy);
            policyFields.putAll(Map.of("minInstalment", payload, "autoApproveMax", payload, "contactEmail", payload));
            shownBack("creditor policy", admin.post(creditorPage, policyFields), payload);
            shownBack("new staff account", admin.submit("/staff/admin/staff", "/staff/admin/staff",
                    Map.of("username", payload, "displayName", payload, "role", Roles.SUPPORT)), payload);
            checkOnly("audit filters", admin.get("/staff/admin/audit?action=" + encode(payload) + "&case="
                    + encode(payload) + "&from=" + encode(payload) + "&staff=" + encode(payload)), payload);
            checkOnly("a case number in the path", debtor.get("/cases/" + encode(payload).replace("+", "%20")),
                    payload);
            checkOnly("staff login", new WebClient().submit("/staff/login", "/staff/login",
                    Map.of("username", payload, "password", "x")), payload);
        }
        assertThat(problems).as("%d answers checked", pagesChecked).isEmpty();
    }

    /** A form answered with its errors: checked, and it must show the payload back, as typed. */
    private void shownBack(String form, Response response, String payload) {
        checkOnly(form, response, payload);
        if (!HtmlSafety.visibleText(response.asString()).contains(payload)) {
            problems.add(form + ": what was typed is not shown back (" + response.statusCode() + ", "
                    + org.jsoup.Jsoup.parse(response.asString()).select("[data-testid=error-summary]").text() + "): "
                    + payload);
        }
    }

    private void checkOnly(String where, Response response, String payload) {
        pagesChecked++;
        if (response.statusCode() >= 500) {
            problems.add(where + ": answered " + response.statusCode() + " to " + payload);
        }
        problems.addAll(HtmlSafety.problems(where, response.asString(), List.of(payload)));
    }

    /** The stored inputs, each given its own payload a round. */
    private enum Input {
        DEBTOR_NAME, STREET, CITY, INVOICE_NUMBER, CLAIM_DESCRIPTION, CREDITOR_NAME, OBJECTION_TEXT, FILE_NAME,
        QUESTION, REPLY, OBJECTION_REASON, PLAN_REASON, CLIENT_NAME, STAFF_NAME, CONTACT_NAME
    }

    /** One round: the payload each input gets, and the pages checked against them. */
    private final class Round {
        private final int round;
        private final StringBuilder seen = new StringBuilder();

        Round(int round) {
            this.round = round;
        }

        /** The two payloads the input gets this round, joined by a space. */
        String text(Input input) {
            return single(input, 0) + " " + single(input, 1);
        }

        String single(Input input, int which) {
            return PAYLOADS.get((2 * round + input.ordinal() + which) % PAYLOADS.size());
        }

        /**
         * The file name as a browser sends it: a quote in a multipart header is sent as %22 (WHATWG HTML's form
         * encoding), and a path separator would make it a path, so the payload goes with those replaced.
         */
        String fileName() {
            return text(Input.FILE_NAME).replace("\"", "%22").replace("/", "_").replace("\\", "_") + ".pdf";
        }

        /** The file name as the app keeps it: quotes, semicolons and angle brackets made underscores, 100 at most. */
        String storedFileName() {
            String name = fileName().replaceAll("[\"';<>]", "_");
            return name.substring(Math.max(0, name.length() - 100));
        }

        void check(WebClient browser, String... paths) {
            for (String path : paths) {
                Response page = browser.get(path);
                if (page.statusCode() != 200) {
                    problems.add(path + " answered " + page.statusCode() + " in round " + round);
                    continue;
                }
                checkAll(path, page.asString());
            }
        }

        void checkMails(List<Mail> mails) {
            if (mails.isEmpty()) {
                problems.add("round " + round + ": no mail to check");
            }
            for (Mail mail : mails) {
                if (mail.getHtml() != null) {
                    checkAll("mail " + mail.getSubject(), mail.getHtml());
                }
                seen.append(mail.getSubject()).append('\n').append(mail.getText());
            }
        }

        private void checkAll(String where, String html) {
            pagesChecked++;
            problems.addAll(HtmlSafety.problems(where + " (round " + round + ")", html, Arrays.stream(Input.values())
                    .flatMap(input -> java.util.stream.Stream.of(single(input, 0), single(input, 1))).toList()));
            seen.append(HtmlSafety.visibleText(html)).append('\n');
        }

        /** Each stored payload shows on at least one page: escaped, not dropped. */
        void everyInputShown() {
            String all = seen.toString();
            for (Input input : Input.values()) {
                List<String> expected = switch (input) {
                    case FILE_NAME -> List.of(storedFileName());
                    case INVOICE_NUMBER -> List.of(single(input, 0), single(input, 1));
                    default -> List.of(text(input));
                };
                for (String text : expected) {
                    if (!all.contains(text)) {
                        problems.add("round " + round + ": " + input + " is not shown anywhere: " + text);
                    }
                }
            }
        }
    }

    private Map<String, Object> intake(Round r) {
        Map<String, Object> request = IntakeRequests.consumer();
        Json.set(request, "debtor.name", r.text(Input.DEBTOR_NAME));
        Json.set(request, "debtor.address.street", r.text(Input.STREET));
        Json.set(request, "debtor.address.city", r.text(Input.CITY));
        Json.set(request, "claims[0].invoiceNumber", r.single(Input.INVOICE_NUMBER, 0));
        Json.set(request, "claims[0].description", r.text(Input.CLAIM_DESCRIPTION));
        Json.set(request, "claims[0].principal", "7000.00");
        Json.set(request, "claims[0].dueDate", "2026-01-15");
        @SuppressWarnings("unchecked")
        List<Object> claims = (List<Object>) request.get("claims");
        claims.add(Json.object("invoiceNumber", r.single(Input.INVOICE_NUMBER, 1), "description", "Strøm",
                "principal", "1000.00", "dueDate", "2026-01-20"));
        return request;
    }

    private WebClient staff(String role) {
        return new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
    }

    /** A form's fields as a browser would send them unchanged: hidden and text values, ticked boxes, selections. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((!type.equals("checkbox") && !type.equals("radio")) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        form.select("textarea[name]").forEach(t -> fields.put(t.attr("name"), t.wholeText()));
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> payloads() {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
