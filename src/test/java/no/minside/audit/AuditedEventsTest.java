package no.minside.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import no.minside.auth.bankid.BankIdFlow;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.devdata.bankid.StandInProvider;
import no.minside.plans.PlanFlows;
import no.minside.support.Fixtures;
import no.minside.support.RateTablesBackup;
import no.minside.support.TestClock;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event PRODUCT.md names as audited ("who saw and did what": logins, every staff view of a debtor's data,
 * decisions, admin changes, key rotation, PIN letters fetched and printed), each brought about the way people and
 * systems do it, through the pages and APIs, and its row asserted: who, what, about what. No row carries a national
 * id in full. The actions and where they are written are listed in the README ("Audit log").
 */
@QuarkusTest
class AuditedEventsTest {

    /** An event, as PRODUCT.md names it. */
    enum Event {
        PIN_LOGIN, PIN_LOGIN_REFUSED, BANKID_LOGIN, STAFF_LOGIN,
        STAFF_VIEWS_CASE, STAFF_SEARCHES, STAFF_VIEWS_OBJECTION_QUEUE, STAFF_VIEWS_OBJECTION,
        STAFF_DOWNLOADS_ATTACHMENT, STAFF_VIEWS_PLAN_QUEUE, STAFF_VIEWS_PLAN,
        OBJECTION_SENT, OBJECTION_DECIDED, OBJECTION_REPLY, PLAN_ACCEPTED, PLAN_REFERRED, PLAN_APPROVED,
        PLAN_REJECTED, PLAN_COUNTER_OFFERED, CONTACT_DETAILS_CHANGED,
        RATE_CHANGED, CREDITOR_POLICY_CHANGED, CREDITOR_KEY_ROTATED, API_CLIENT_MADE, API_CLIENT_REVOKED,
        STAFF_ACCOUNT_CREATED, STAFF_ROLE_CHANGED, STAFF_ACCOUNT_DISABLED, STAFF_PASSWORD_RESET,
        STAFF_ACCOUNT_UNLOCKED, NEW_PIN_ORDERED, PIN_LETTERS_FETCHED, PIN_LETTER_PRINTED, AUDIT_LOG_CHECKED
    }

    /** The row an event must leave: {@code actorId} null for "any", {@code target} null for "any". */
    record Expected(String actorType, Long actorId, String action, String target) {
    }

    @Inject
    Fixtures fixtures;

    @Inject
    PlanFlows plans;

    @Inject
    StandInProvider provider;

    @Inject
    TestClock clock;

    @Inject
    RateTablesBackup rates;

    @Inject
    EntityManager em;

    private boolean ratesSaved;

    /** The national ids an event used: none may show in the rows it wrote. */
    private final List<String> nationalIds = new java.util.ArrayList<>();

    @AfterEach
    void putBackWhatAnEventChanged() {
        provider.reset();
        if (ratesSaved) {
            rates.restore();
            ratesSaved = false;
        }
    }

    @ParameterizedTest
    @EnumSource(Event.class)
    void isAudited(Event event) {
        long last = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(id), 0) from audit_log").getSingleResult()).longValue());
        String since = "audit_log where id > " + last;
        Expected expected = bringAbout(event);
        String where = since + " and action = '" + expected.action() + "' and actor_type = '"
                + expected.actorType() + "'" + (expected.actorId() == null ? "" : " and actor_id = "
                + expected.actorId()) + (expected.target() == null ? "" : " and target = '" + expected.target() + "'");
        assertThat(fixtures.count(where)).as("%s audited as %s", event, expected).isPositive();
        for (String nationalId : nationalIds) {
            assertThat(fixtures.count(since + " and (target like '%" + nationalId + "%' or detail like '%"
                    + nationalId + "%')")).as("no national id in the trail").isZero();
        }
    }

    private Expected bringAbout(Event event) {
        return switch (event) {
            case PIN_LOGIN -> {
                Fixtures.OpenedCase c = openCase();
                assertThat(new WebClient().loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
                yield new Expected("DEBTOR", null, "LOGIN_OK", "case:" + c.caseNumber());
            }
            case PIN_LOGIN_REFUSED -> {
                Fixtures.OpenedCase c = openCase();
                String wrong = c.pin().equals("00000000") ? "11111111" : "00000000";
                assertThat(new WebClient().loginWithPin(c.caseNumber(), wrong).statusCode()).isEqualTo(400);
                yield new Expected("ANONYMOUS", null, "LOGIN_FAILED", "case:" + c.caseNumber());
            }
            case BANKID_LOGIN -> {
                String nationalId = Fixtures.nationalId();
                fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
                nationalIds.add(nationalId);
                String identity = provider.addIdentity(nationalId, "Kari Nordmann");
                new BankIdFlow(new WebClient()).loginAs(identity);
                yield new Expected("DEBTOR", fixtures.debtorId(nationalId), "BANKID_LOGIN",
                        "bankid:" + nationalId.substring(0, 6) + "*****");
            }
            case STAFF_LOGIN -> {
                String username = fixtures.staff(Roles.SUPPORT);
                new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD);
                yield new Expected("STAFF", fixtures.staffId(username), "STAFF_SESSION_STARTED", null);
            }
            case STAFF_VIEWS_CASE -> {
                Fixtures.OpenedCase c = openCase();
                Staff support = staff(Roles.SUPPORT);
                support.browser.getPage("/staff/cases/" + c.caseNumber());
                yield new Expected("STAFF", support.id, "STAFF_VIEWED_CASE", "case:" + c.caseNumber());
            }
            case STAFF_SEARCHES -> {
                String nationalId = Fixtures.nationalId();
                fixtures.openCase(IntakeRequests.consumer(Fixtures.reference(), nationalId));
                nationalIds.add(nationalId);
                Staff support = staff(Roles.SUPPORT);
                support.browser.getPage("/staff/search?q=" + nationalId);
                yield new Expected("STAFF", support.id, "STAFF_SEARCHED", "search");
            }
            case STAFF_VIEWS_OBJECTION_QUEUE -> {
                Staff support = staff(Roles.SUPPORT);
                support.browser.getPage("/staff/objections");
                yield new Expected("STAFF", support.id, "STAFF_VIEWED_OBJECTION_QUEUE", "objections");
            }
            case STAFF_VIEWS_OBJECTION -> {
                Objection o = objection();
                Staff support = staff(Roles.SUPPORT);
                support.browser.getPage("/staff/objections/" + o.id);
                yield new Expected("STAFF", support.id, "STAFF_VIEWED_OBJECTION", "objection:" + o.reference);
            }
            case STAFF_DOWNLOADS_ATTACHMENT -> {
                Objection o = objection();
                Staff support = staff(Roles.SUPPORT);
                String link = support.browser.getPage("/staff/objections/" + o.id)
                        .select("[data-testid=objection-files] a").attr("href");
                assertThat(support.browser.get(link).statusCode()).isEqualTo(200);
                yield new Expected("STAFF", support.id, "STAFF_DOWNLOADED_ATTACHMENT", "objection:" + o.reference);
            }
            case STAFF_VIEWS_PLAN_QUEUE -> {
                Staff officer = staff(Roles.OFFICER);
                officer.browser.getPage("/staff/plans");
                yield new Expected("STAFF", officer.id, "STAFF_VIEWED_PLAN_QUEUE", "plans");
            }
            case STAFF_VIEWS_PLAN -> {
                Referred p = referred();
                Staff officer = staff(Roles.OFFICER);
                officer.browser.getPage(planItem(officer, p.reference));
                yield new Expected("STAFF", officer.id, "STAFF_VIEWED_PLAN", "case:" + p.c.caseNumber());
            }
            case OBJECTION_SENT -> {
                Objection o = objection();
                yield new Expected("DEBTOR", null, "OBJECTION_CREATED", "case:" + o.caseNumber);
            }
            case OBJECTION_DECIDED -> {
                Objection o = objection();
                Staff support = staff(Roles.SUPPORT);
                decide(support, o, "REJECT", "Kravet er riktig, vi har ikke mottatt betaling.");
                yield new Expected("STAFF", support.id, "OBJECTION_DECIDED", "objection:" + o.reference);
            }
            case OBJECTION_REPLY -> {
                Objection o = objection();
                decide(staff(Roles.SUPPORT), o, "MORE_INFO", "Har du kvitteringen? Legg den ved.");
                String page = "/cases/" + o.caseNumber + "/objection";
                Response replied = o.debtor.submitMultipart(page, page + "/reply",
                        List.of(new WebClient.Field("text", "Her er kvitteringen.")), List.of());
                assertThat(replied.statusCode()).as(replied.asString()).isEqualTo(303);
                yield new Expected("DEBTOR", null, "OBJECTION_REPLIED", "case:" + o.caseNumber);
            }
            case PLAN_ACCEPTED -> {
                Fixtures.OpenedCase c = plans.openCase("8000.00");
                WebClient debtor = plans.debtor(c);
                Document answer = plans.answer(debtor, c, Map.of("months", "6", "firstDueDate", "16.3.2026"));
                assertThat(answer.select("[data-testid=plan-decision]").attr("data-decision")).isEqualTo("APPROVED");
                assertThat(plans.accept(debtor, answer, 0).statusCode()).isEqualTo(303);
                yield new Expected("DEBTOR", null, "PLAN_ACCEPTED", "case:" + c.caseNumber());
            }
            case PLAN_REFERRED -> {
                Referred p = referred();
                yield new Expected("DEBTOR", null, "PLAN_REFERRED", "case:" + p.c.caseNumber());
            }
            case PLAN_APPROVED -> decidePlan(Map.of("decision", "APPROVE"), "PLAN_APPROVED");
            case PLAN_REJECTED -> decidePlan(Map.of("decision", "REJECT"), "PLAN_REJECTED");
            case PLAN_COUNTER_OFFERED -> decidePlan(Map.of("decision", "COUNTER_OFFER", "months", "9",
                    "firstDueDate", "20.3.2026"), "PLAN_COUNTER_OFFERED");
            case CONTACT_DETAILS_CHANGED -> {
                Fixtures.OpenedCase c = openCase();
                WebClient debtor = new WebClient();
                debtor.loginWithPin(c.caseNumber(), c.pin());
                Response saved = debtor.submit("/profile", "/profile", Map.of("email", "ny@example.no",
                        "phone", "22 33 44 55", "notifyByEmail", "true", "language", "nb"));
                assertThat(saved.statusCode()).isEqualTo(303);
                yield new Expected("DEBTOR", null, "CASE_CONTACT_UPDATED", "case-id:" + fixtures.caseId(c.caseNumber()));
            }
            case RATE_CHANGED -> {
                rates.save();
                ratesSaved = true;
                clock.fixAt(Instant.parse("2026-12-01T09:00:00Z"));
                Staff admin = staff(Roles.ADMIN);
                Map<String, String> preview = new LinkedHashMap<>(Map.of("table", "INTEREST", "validFrom", "1.1.2027",
                        "value", "13,00", "source", "Norges Bank: styringsrenten 5,00 % 17.12.2026",
                        "officialSource", "Lovdata: forskrift om forsinkelsesrente 2027", "step", "preview"));
                // The table's form as the page shows it: its CSRF token and the table's version the save is made on.
                Document form = admin.browser.getPage("/staff/admin/rates?edit=INTEREST");
                preview.put("csrf-token", form.select("input[name=csrf-token]").attr("value"));
                preview.put("version", form.select("input[name=version]").attr("value"));
                Document shown = Jsoup.parse(admin.browser.post("/staff/admin/rates", preview).asString());
                Response saved = admin.browser.postEncoded("/staff/admin/rates", encoded(hidden(
                        shown.selectFirst("[data-testid=rate-save]").closest("form"))));
                assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
                yield new Expected("STAFF", admin.id, "RATE_CHANGED", "rates:interest:2027-01-01");
            }
            case CREDITOR_POLICY_CHANGED -> {
                long creditor = fixtures.creditorId(fixtures.creditor(true));
                Staff admin = staff(Roles.ADMIN);
                String page = "/staff/admin/creditors/" + creditor;
                Element form = admin.browser.getPage(page).selectFirst("[data-testid=creditor-form]");
                Map<String, String> fields = filled(form);
                fields.put("allocationOrder", "PRINCIPAL_INTEREST_COSTS");
                Response saved = admin.browser.post(page, fields);
                assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
                yield new Expected("STAFF", admin.id, "CREDITOR_CHANGED", "creditor:" + creditor);
            }
            case CREDITOR_KEY_ROTATED -> {
                long creditor = fixtures.creditorId(fixtures.creditor(true));
                Staff admin = staff(Roles.ADMIN);
                String page = "/staff/admin/creditors/" + creditor;
                Map<String, String> fields = hidden(admin.browser.getPage(page).selectFirst("[data-testid=key-rotate]")
                        .closest("form"));
                fields.put("grace", "0");
                assertThat(admin.browser.post(page, fields).statusCode()).isEqualTo(200);
                yield new Expected("STAFF", admin.id, "CREDITOR_KEY_ROTATED", "creditor:" + creditor);
            }
            case API_CLIENT_MADE -> {
                Staff admin = staff(Roles.ADMIN);
                String client = apiClient(admin, "Telefonsupport " + System.nanoTime());
                yield new Expected("STAFF", admin.id, "API_CLIENT_CREATED", "client:" + client);
            }
            case API_CLIENT_REVOKED -> {
                Staff admin = staff(Roles.ADMIN);
                String client = apiClient(admin, "Partner " + System.nanoTime());
                Map<String, String> fields = hidden(admin.browser.getPage("/staff/admin/creditors")
                        .selectFirst("[data-testid=client-row][data-client=" + client + "] form"));
                assertThat(admin.browser.post("/staff/admin/creditors", fields).statusCode()).isEqualTo(303);
                yield new Expected("STAFF", admin.id, "API_CLIENT_REVOKED", "client:" + client);
            }
            case STAFF_ACCOUNT_CREATED -> {
                Staff admin = staff(Roles.ADMIN);
                String username = "ny.ansatt" + System.nanoTime() % 1_000_000;
                Response created = admin.browser.submit("/staff/admin/staff", "/staff/admin/staff",
                        Map.of("username", username, "displayName", "Ny Ansatt", "role", Roles.OFFICER));
                assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
                yield new Expected("STAFF", admin.id, "STAFF_ACCOUNT_CREATED", "staff:" + username);
            }
            case STAFF_ROLE_CHANGED -> accountChange(Map.of("change", "role", "role", Roles.OFFICER),
                    "STAFF_ROLE_CHANGED", false);
            case STAFF_ACCOUNT_DISABLED -> accountChange(Map.of("change", "disable"), "STAFF_ACCOUNT_DISABLED", false);
            case STAFF_PASSWORD_RESET -> accountChange(Map.of("change", "reset-password"), "STAFF_PASSWORD_RESET",
                    false);
            case STAFF_ACCOUNT_UNLOCKED -> accountChange(Map.of("change", "unlock"), "STAFF_ACCOUNT_UNLOCKED", true);
            case NEW_PIN_ORDERED -> {
                Fixtures.OpenedCase c = openCase();
                Staff support = staff(Roles.SUPPORT);
                String page = "/staff/cases/" + c.caseNumber();
                assertThat(support.browser.submit(page, page + "/new-pin", Map.of()).statusCode()).isEqualTo(303);
                yield new Expected("STAFF", support.id, "NEW_PIN_ORDERED", "case:" + c.caseNumber());
            }
            case PIN_LETTERS_FETCHED -> {
                caseWithLetterWaiting();
                RestAssured.given().header("X-Api-Key", fixtures.printServiceKey()).get("/api/v1/letters")
                        .then().statusCode(200);
                yield new Expected("CLIENT", null, "LETTERS_FETCHED", "letters");
            }
            case PIN_LETTER_PRINTED -> {
                String caseNumber = caseWithLetterWaiting();
                String key = fixtures.printServiceKey();
                long letter = letterOf(key, caseNumber);
                RestAssured.given().header("X-Api-Key", key).contentType(io.restassured.http.ContentType.JSON)
                        .post("/api/v1/letters/" + letter + "/printed")
                        .then().statusCode(200);
                yield new Expected("CLIENT", null, "LETTER_PRINTED", "case:" + caseNumber);
            }
            case AUDIT_LOG_CHECKED -> {
                Staff admin = staff(Roles.ADMIN);
                assertThat(admin.browser.submit("/staff/admin/audit", "/staff/admin/audit/check",
                        Map.of("scope", "new")).statusCode()).isEqualTo(303);
                yield new Expected("STAFF", admin.id, "AUDIT_CHAIN_CHECKED", "audit");
            }
        };
    }

    private record Staff(WebClient browser, long id) {
    }

    private record Objection(String caseNumber, WebClient debtor, String reference, long id) {
    }

    private record Referred(Fixtures.OpenedCase c, String reference) {
    }

    private Fixtures.OpenedCase openCase() {
        return fixtures.openCase(IntakeRequests.consumer());
    }

    /** A case through the intake API, its collection notice (with the PIN) waiting for the print service. */
    private String caseWithLetterWaiting() {
        return RestAssured.given().header("X-Api-Key", fixtures.creditor(true))
                .contentType(io.restassured.http.ContentType.JSON).body(IntakeRequests.consumer())
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseNumber");
    }

    private Staff staff(String role) {
        String username = fixtures.staff(role);
        return new Staff(new WebClient().loginAsStaff(username, Fixtures.STAFF_PASSWORD), fixtures.staffId(username));
    }

    /** A debtor's objection to the whole case, with a receipt attached. */
    private Objection objection() {
        Fixtures.OpenedCase c = openCase();
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        String page = "/cases/" + c.caseNumber() + "/objection";
        Response sent = debtor.submitMultipart(page, page, List.of(new WebClient.Field("reason", "ALREADY_PAID"),
                        new WebClient.Field("text", "Betalt i januar."), new WebClient.Field("claims", "whole")),
                List.of(new WebClient.Upload("kvittering.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        String reference = debtor.getPage(sent.header("Location")).select("[data-testid=objection-reference]").text();
        return new Objection(c.caseNumber(), debtor, reference, fixtures.objectionId(reference));
    }

    private static void decide(Staff support, Objection o, String decision, String reason) {
        String path = "/staff/objections/" + o.id;
        Response decided = support.browser.submit(path, path, Map.of("decision", decision, "reason", reason));
        assertThat(decided.statusCode()).as(decided.asString()).isEqualTo(303);
    }

    /** A plan the service referred to a case officer. */
    private Referred referred() {
        Fixtures.OpenedCase c = plans.openCase("8000.00");
        return new Referred(c, plans.referred(c));
    }

    private static String planItem(Staff officer, String reference) {
        return officer.browser.getPage("/staff/plans").selectFirst("[data-testid=queue-row][data-reference="
                + reference + "] a").attr("href");
    }

    private Expected decidePlan(Map<String, String> decision, String action) {
        Referred p = referred();
        Staff officer = staff(Roles.OFFICER);
        String item = planItem(officer, p.reference);
        Map<String, String> fields = new LinkedHashMap<>(decision);
        fields.put("reason", "Skyldneren har ringt og fortalt om ny jobb fra april.");
        Response decided = officer.browser.submit(item, item, fields);
        assertThat(decided.statusCode()).as(decided.asString()).isEqualTo(303);
        return new Expected("STAFF", officer.id, action, "case:" + p.c.caseNumber());
    }

    /** A change on a support account's page; {@code locked}: after strangers locked it with wrong passwords. */
    private Expected accountChange(Map<String, String> change, String action, boolean locked) {
        Staff admin = staff(Roles.ADMIN);
        String username = fixtures.staff(Roles.SUPPORT);
        if (locked) {
            for (int i = 0; i < 5; i++) {
                new WebClient().staffPassword(username, "wrong password " + i);
            }
        }
        String page = "/staff/admin/staff/" + fixtures.staffId(username);
        Response changed = admin.browser.submit(page, page, change);
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(303);
        return new Expected("STAFF", admin.id, action, "staff:" + username);
    }

    /** Makes an API client of the channel kind; its id as the list shows it. */
    private static String apiClient(Staff admin, String name) {
        Map<String, String> fields = hidden(admin.browser.getPage("/staff/admin/creditors")
                .selectFirst("[data-testid=client-form]"));
        fields.put("name", name);
        fields.put("kind", "CHANNEL");
        assertThat(admin.browser.post("/staff/admin/creditors", fields).statusCode()).isEqualTo(200);
        return admin.browser.getPage("/staff/admin/creditors").select("[data-testid=client-row]:contains(" + name
                + ")").attr("data-client");
    }

    private static long letterOf(String key, String caseNumber) {
        long after = 0;
        while (true) {
            JsonPath page = RestAssured.given().header("X-Api-Key", key).queryParam("after", after)
                    .get("/api/v1/letters").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> letters = page.getList("letters");
            assertThat(letters).as("the case's letter is waiting").isNotEmpty();
            for (Map<String, Object> letter : letters) {
                if (caseNumber.equals(letter.get("caseNumber"))) {
                    return ((Number) letter.get("id")).longValue();
                }
                after = Math.max(after, ((Number) letter.get("id")).longValue());
            }
        }
    }

    /** A form's hidden fields (its CSRF token and whatever else it carries). */
    private static Map<String, String> hidden(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }

    /** A form's fields as the page fills them: inputs (checked boxes and radios only) and selected options. */
    private static Map<String, String> filled(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input").forEach(i -> {
            String type = i.attr("type");
            if ((!type.equals("checkbox") && !type.equals("radio")) || i.hasAttr("checked")) {
                fields.put(i.attr("name"), i.attr("value"));
            }
        });
        form.select("select").forEach(s -> {
            Element chosen = s.selectFirst("option[selected]");
            fields.put(s.attr("name"), chosen == null ? "" : chosen.attr("value"));
        });
        return fields;
    }

    private static String encoded(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }
}
