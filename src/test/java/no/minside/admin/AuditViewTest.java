package no.minside.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's audit viewer: who looked at which debtor's case, each filter (who, what, case, time) on its own, keyset
 * paging that keeps the filter and neither repeats nor skips an entry, filter errors on the page (never a 500),
 * national ids masked, and a page that costs the same number of queries however many entries it shows. Entries
 * written at chosen instants sit on days of their own in 2043–2045, which no other test's clock reaches.
 */
@QuarkusTest
class AuditViewTest {

    private static final String PAGE = "/staff/admin/audit";

    @Inject
    Fixtures fixtures;

    @Inject
    AuditRows audit;

    @Inject
    EntityManagerFactory emf;

    @Test
    void aStaffCaseViewShowsWhoLookedAtWhichCase() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        String support = fixtures.staff(Roles.SUPPORT);
        new WebClient().loginAsStaff(support, Fixtures.STAFF_PASSWORD).getPage("/staff/cases/" + c.caseNumber());

        WebClient admin = admin();
        Document page = admin.getPage(PAGE + "?case=" + c.caseNumber());
        List<Element> views = page.select("[data-testid=audit-row][data-action=STAFF_VIEWED_CASE]");
        assertThat(views).hasSize(1);
        Element view = views.get(0);
        assertThat(view.attr("data-username")).isEqualTo(support);
        assertThat(view.select("[data-testid=audit-who]").text()).isEqualTo("Test support (" + support + ")");
        assertThat(view.select("[data-testid=audit-action]").text()).isEqualTo("Så en sak");
        assertThat(view.select("[data-testid=audit-case]").text()).isEqualTo("Sak " + c.caseNumber());
        assertThat(view.select("[data-testid=audit-case]").attr("href")).isEqualTo(PAGE + "?case=" + c.caseNumber());
        assertThat(page.select("[data-testid=audit-row]").eachAttr("data-case")).containsOnly(c.caseNumber());

        // The same look, from the staff member's side: everything they looked at.
        Document looks = admin.getPage(PAGE + "?staff=" + support + "&action=access");
        assertThat(looks.select("[data-testid=audit-row]").eachAttr("data-action")).containsExactly("STAFF_VIEWED_CASE");
        assertThat(looks.select("#action option[selected]").attr("value")).isEqualTo("access");
        assertThat(looks.select("#staff").attr("value")).isEqualTo(support);

        Document english = admin.language("en").getPage(PAGE + "?case=" + c.caseNumber());
        assertThat(english.select("[data-testid=audit-row][data-action=STAFF_VIEWED_CASE] [data-testid=audit-action]")
                .text()).isEqualTo("Viewed a case");
    }

    @Test
    void anObjectionAndItsAttachmentCountAsLooksAtTheirCase() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        String form = "/cases/" + c.caseNumber() + "/objection";
        Response sent = debtor.submitMultipart(form, form, List.of(new WebClient.Field("reason", "ALREADY_PAID"),
                new WebClient.Field("text", "Betalt i mars."), new WebClient.Field("claims", "whole")), List.of());
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        String reference = debtor.getPage(sent.header("Location")).select("[data-testid=objection-reference]").text();
        String support = fixtures.staff(Roles.SUPPORT);
        new WebClient().loginAsStaff(support, Fixtures.STAFF_PASSWORD)
                .getPage("/staff/objections/" + fixtures.objectionId(reference));
        Fixtures.OpenedCase other = fixtures.openCase(IntakeRequests.consumer());
        new WebClient().loginAsStaff(support, Fixtures.STAFF_PASSWORD).getPage("/staff/cases/" + other.caseNumber());

        Document page = admin().getPage(PAGE + "?case=" + c.caseNumber());
        Element objection = page.selectFirst("[data-testid=audit-row][data-action=STAFF_VIEWED_OBJECTION]");
        assertThat(objection).as("the objection's target names the case only through the objection").isNotNull();
        assertThat(objection.attr("data-case")).isEqualTo(c.caseNumber());
        assertThat(objection.select("[data-testid=audit-target]").text())
                .isEqualTo("Sak " + c.caseNumber() + ", innsigelse " + reference);
        assertThat(page.select("[data-testid=audit-row]").eachAttr("data-action"))
                .contains("STAFF_VIEWED_OBJECTION", "STAFF_VIEWED_CASE", "OBJECTION_CREATED", "LOGIN_OK");
        assertThat(page.select("[data-testid=audit-row]").eachAttr("data-case")).containsOnly(c.caseNumber());
    }

    @Test
    void whoFiltersByStaffMemberOrByKindOfActor() {
        String day = "2043-03-02";
        long kari = fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        String ola = fixtures.staff(Roles.OFFICER);
        long olaId = fixtures.staffId(ola);
        long kariEntry = audit.insert(row(day + "T08:00:00Z", "STAFF", kari, "STAFF_VIEWED_CASE", "case:10000017"));
        long olaEntry = audit.insert(row(day + "T08:01:00Z", "STAFF", olaId, "STAFF_VIEWED_CASE", "case:10000017"));
        long system = audit.insert(row(day + "T08:02:00Z", "SYSTEM", null, "PLAN_BROKEN", "case:10000017"));
        long debtor = audit.insert(row(day + "T08:03:00Z", "DEBTOR", 77L, "PROFILE_UPDATED", "debtor:77"));
        WebClient admin = admin();
        String window = "&from=2.3.2043&to=2.3.2043";

        Document olas = admin.getPage(PAGE + "?staff=" + ola + window);
        assertThat(ids(olas)).containsExactly(olaEntry);
        assertThat(olas.select("[data-testid=audit-count]").text()).isEqualTo("Viser 1 oppføring, nyeste først.");
        assertThat(ids(admin.getPage(PAGE + "?staff=" + ola.toUpperCase() + "&actor=staff" + window)))
                .as("usernames and kinds in any case").containsExactly(olaEntry);
        Document staff = admin.getPage(PAGE + "?actor=STAFF" + window);
        assertThat(ids(staff)).containsExactly(olaEntry, kariEntry);
        assertThat(staff.select("[data-testid=audit-count]").text()).isEqualTo("Viser 2 oppføringer, nyeste først.");
        assertThat(ids(admin.getPage(PAGE + "?actor=SYSTEM" + window))).containsExactly(system);
        Document debtors = admin.getPage(PAGE + "?actor=DEBTOR" + window);
        assertThat(ids(debtors)).containsExactly(debtor);
        assertThat(debtors.select("[data-testid=audit-who]").text()).isEqualTo("Skyldner nr. 77");
        assertThat(debtors.select("#actor option[selected]").attr("value")).isEqualTo("DEBTOR");
        assertThat(ids(admin.getPage(PAGE + "?staff=nobody.here" + window))).isEmpty();
        assertThat(admin.getPage(PAGE + "?staff=nobody.here" + window).select("[data-testid=audit-none]")).hasSize(1);
        assertThat(ids(admin.getPage(PAGE + "?" + window.substring(1))))
                .containsExactly(debtor, system, olaEntry, kariEntry);
    }

    @Test
    void whatFiltersByActionAndUnknownActionsShowUnderTheirOwnName() {
        String day = "2043-03-03";
        long rate = audit.insert(row(day + "T09:00:00Z", "STAFF", null, "RATE_CHANGED", "rates:interest:2043-07-01"));
        long pin = audit.insert(row(day + "T09:01:00Z", "STAFF", null, "NEW_PIN_ORDERED", "case:10000017"));
        long search = audit.insert(row(day + "T09:02:00Z", "STAFF", null, "STAFF_SEARCHED", "search"));
        long future = audit.insert(row(day + "T09:03:00Z", "SYSTEM", null, "SOMETHING_NEW_2043", "thing:1"));
        WebClient admin = admin();
        String window = "&from=3.3.2043&to=3.3.2043";

        assertThat(ids(admin.getPage(PAGE + "?action=RATE_CHANGED" + window))).containsExactly(rate);
        assertThat(ids(admin.getPage(PAGE + "?action=access" + window))).containsExactly(search);
        Document all = admin.getPage(PAGE + "?" + window.substring(1));
        assertThat(ids(all)).containsExactly(future, search, pin, rate);
        assertThat(all.select("[data-testid=audit-action]").eachText()).containsExactly("SOMETHING_NEW_2043",
                "Søkte etter en sak", "Bestilte ny PIN-kode", "Endret satser eller renter");
        Document unknown = admin.getPage(PAGE + "?action=SOMETHING_NEW_2043" + window);
        assertThat(ids(unknown)).containsExactly(future);
        assertThat(unknown.select("#action option[selected]").attr("value")).as("the select keeps it")
                .isEqualTo("SOMETHING_NEW_2043");
        assertThat(unknown.select("#action option").eachAttr("value")).contains("", "access", "STAFF_VIEWED_CASE",
                "LOGIN_FAILED", "RATE_CHANGED");
    }

    @Test
    void caseFiltersByTheCaseItsObjectionsAndItsId() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        Fixtures.OpenedCase other = fixtures.openCase(IntakeRequests.consumer());
        String day = "2043-03-04T10:0";
        long direct = audit.insert(row(day + "0:00Z", "CREDITOR", null, "PAYMENT_HELD", "case:" + c.caseNumber()));
        long byId = audit.insert(row(day + "1:00Z", "DEBTOR", 5L, "CASE_CONTACT_UPDATED",
                "case-id:" + fixtures.caseId(c.caseNumber())));
        long login = audit.insert(row(day + "2:00Z", "ANONYMOUS", null, "LOGIN_FAILED", "case:" + c.caseNumber()));
        audit.insert(row(day + "3:00Z", "STAFF", null, "STAFF_VIEWED_CASE", "case:" + other.caseNumber()));
        audit.insert(row(day + "4:00Z", "STAFF", null, "STAFF_VIEWED_CASE", "case:" + c.caseNumber() + "9"));
        WebClient admin = admin();

        Document page = admin.getPage(PAGE + "?from=4.3.2043&to=4.3.2043&case=" + c.caseNumber());
        assertThat(ids(page)).containsExactly(login, byId, direct);
        assertThat(page.select("[data-testid=audit-row]").eachAttr("data-case")).containsOnly(c.caseNumber());
        assertThat(page.select("[data-testid=audit-who]").eachText()).containsExactly("Ikke innlogget",
                "Skyldner nr. 5", "Oppdragsgiver");
        String spaced = c.caseNumber().substring(0, 4) + "+" + c.caseNumber().substring(4);
        assertThat(ids(admin.getPage(PAGE + "?from=4.3.2043&to=4.3.2043&case=" + spaced)))
                .as("typed with a space").containsExactly(login, byId, direct);
    }

    @Test
    void timeFiltersByWholeDaysInNorway() {
        String username = fixtures.staff(Roles.SUPPORT);
        long staff = fixtures.staffId(username);
        // 10 March 2043 in Oslo (CET, UTC+1) runs from 9 March 23:00 UTC to 10 March 23:00 UTC.
        long lateOnThe9th = audit.insert(row("2043-03-09T22:59:59Z", "STAFF", staff, "STAFF_SEARCHED", "search"));
        long firstOfThe10th = audit.insert(row("2043-03-09T23:00:00Z", "STAFF", staff, "STAFF_SEARCHED", "search"));
        long lastOfThe10th = audit.insert(row("2043-03-10T22:59:59.999999Z", "STAFF", staff, "STAFF_SEARCHED",
                "search"));
        long the11th = audit.insert(row("2043-03-10T23:00:00Z", "STAFF", staff, "STAFF_SEARCHED", "search"));
        WebClient admin = admin();
        String who = "?actor=STAFF&staff=" + username;

        assertThat(ids(admin.getPage(PAGE + who + "&from=10.3.2043&to=10.3.2043")))
                .containsExactly(lastOfThe10th, firstOfThe10th);
        assertThat(ids(admin.getPage(PAGE + who + "&from=2043-03-10"))).containsExactly(the11th, lastOfThe10th,
                firstOfThe10th);
        // From the 1st: the account has entries of its own from today (being set up), long before 2043.
        assertThat(ids(admin.getPage(PAGE + who + "&from=1.3.2043&to=09.03.2043"))).containsExactly(lateOnThe9th);
        Document shown = admin.getPage(PAGE + who + "&from=10.3.2043&to=10.3.2043");
        assertThat(shown.select("[data-testid=audit-at]").eachText().stream().map(t -> t.replace('\u00A0', ' ')))
                .as("in Norway's time").containsExactly("10.3.2043 23:59", "10.3.2043 00:00");
        assertThat(shown.select("#from").attr("value")).isEqualTo("10.3.2043");
    }

    @Test
    void pagingKeepsTheFilterAndNeitherRepeatsNorSkipsAnEntry() {
        String username = fixtures.staff(Roles.SUPPORT);
        long staff = fixtures.staffId(username);
        Instant start = Instant.parse("2044-05-01T08:00:00Z");
        // 125 entries, four at a time on the same microsecond, so that both page breaks fall inside a tie: the id
        // breaks it.
        List<AuditRows.Row> rows = IntStream.range(0, 125).mapToObj(i -> new AuditRows.Row(
                start.plusSeconds(i / 4), "STAFF", staff, i % 2 == 0 ? "STAFF_VIEWED_CASE" : "STAFF_SEARCHED",
                "case:10000017", "entry " + i)).toList();
        List<Long> newestFirst = new ArrayList<>(audit.insert(rows));
        java.util.Collections.reverse(newestFirst);
        // An entry of someone else among them: the filter keeps it out on every page.
        audit.insert(row("2044-05-01T08:00:10Z", "SYSTEM", null, "PLAN_BROKEN", "case:10000017"));
        WebClient admin = admin();

        String first = PAGE + "?staff=" + username + "&from=1.5.2044";
        List<Document> pages = new ArrayList<>();
        Document page = admin.getPage(first);
        pages.add(page);
        assertThat(page.select("[data-testid=audit-newer]")).as("the newest page").isEmpty();
        while (!page.select("[data-testid=audit-older]").isEmpty()) {
            String older = page.select("[data-testid=audit-older]").attr("href");
            assertThat(older).contains("staff=" + username).contains("from=1.5.2044").contains("before=");
            page = admin.getPage(older);
            pages.add(page);
        }
        assertThat(pages).hasSize(3);
        assertThat(pages.stream().map(p -> ids(p).size()).toList()).containsExactly(50, 50, 25);
        List<Long> walked = pages.stream().flatMap(p -> ids(p).stream()).toList();
        assertThat(walked).containsExactlyElementsOf(newestFirst);

        // And back again by "newer": the same pages, in the same order.
        List<List<Long>> back = new ArrayList<>();
        back.add(ids(page));
        while (!page.select("[data-testid=audit-newer]").isEmpty()) {
            String newer = page.select("[data-testid=audit-newer]").attr("href");
            assertThat(newer).contains("staff=" + username).contains("after=");
            page = admin.getPage(newer);
            back.add(ids(page));
        }
        assertThat(back).containsExactly(ids(pages.get(2)), ids(pages.get(1)), ids(pages.get(0)));
        assertThat(page.select("[data-testid=audit-older]")).isNotEmpty();

        // Another filter on the same entries: its links keep it too.
        Document views = admin.getPage(PAGE + "?staff=" + username + "&action=STAFF_VIEWED_CASE");
        assertThat(ids(views)).hasSize(50);
        Document moreViews = admin.getPage(views.select("[data-testid=audit-older]").attr("href"));
        assertThat(moreViews.select("[data-testid=audit-row]").eachAttr("data-action")).hasSize(13)
                .containsOnly("STAFF_VIEWED_CASE");
        assertThat(moreViews.select("#action option[selected]").attr("value")).isEqualTo("STAFF_VIEWED_CASE");
    }

    @Test
    void aFilterThatIsNoFilterIsExplainedOnThePageWithTheTypingKept() {
        WebClient admin = admin();
        Response badDate = admin.get(PAGE + "?from=31.2.2043&to=" + encode("i går") + "&staff=kari.nordmann");
        assertThat(badDate.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(badDate.asString());
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#from", "#to");
        assertThat(page.select("#from-error").text()).contains("fra-datoen").contains("dag.måned.år");
        assertThat(page.select("#from").attr("value")).isEqualTo("31.2.2043");
        assertThat(page.select("#to").attr("value")).isEqualTo("i går");
        assertThat(page.select("#staff").attr("value")).isEqualTo("kari.nordmann");
        assertThat(page.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("[data-testid=audit-row]")).isEmpty();

        Response backwards = admin.get(PAGE + "?from=10.3.2043&to=1.3.2043");
        assertThat(backwards.statusCode()).isEqualTo(400);
        Document reversed = Jsoup.parse(backwards.asString());
        assertThat(reversed.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#to");
        assertThat(reversed.select("#to-error").text()).isEqualTo("Til-datoen kan ikke være før fra-datoen");
        assertThat(reversed.select("#from").attr("value")).isEqualTo("10.3.2043");
        assertThat(reversed.select("#to").attr("value")).isEqualTo("1.3.2043");

        Response odd = admin.get(PAGE + "?actor=robot&action=" + encode("drop table") + "&case=12ab&staff="
                + encode("Kari Nordmann") + "&from=" + encode("\u0000"));
        assertThat(odd.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(odd.asString()).select("[data-testid=error-summary] a").eachAttr("href"))
                .containsExactly("#actor", "#staff", "#action", "#case", "#from");
        Response staffButNot = admin.get(PAGE + "?actor=SYSTEM&staff=kari.nordmann");
        assertThat(Jsoup.parse(staffButNot.asString()).select("#staff-error").text()).contains("Ansatt");

        Document english = Jsoup.parse(admin.language("en").get(PAGE + "?from=31.2.2043").asString());
        assertThat(english.title()).startsWith("Error: ");
        assertThat(english.select("#from-error").text()).contains("from date");

        // A cursor edited by hand is no cursor: the newest page, never an error.
        assertThat(admin.get(PAGE + "?before=" + encode("1' or 1=1") + "&after=99999999999999999999_1")
                .statusCode()).isEqualTo(200);
        assertThat(admin.get(PAGE + "?before=999999999999999999_1").statusCode()).isEqualTo(200);
    }

    @Test
    void nationalIdsNeverReachThePage() {
        String nationalId = Fixtures.nationalId();
        String spaced = nationalId.substring(0, 6) + " " + nationalId.substring(6);
        long staff = fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        audit.insert(row("2043-03-05T10:00:00Z", "STAFF", staff, "STAFF_SEARCHED", "search",
                "Kari " + nationalId + " (1)"));
        audit.insert(row("2043-03-05T10:01:00Z", "ANONYMOUS", null, "LOGIN_FAILED", "case:" + spaced, spaced));
        WebClient admin = admin();

        Response page = admin.get(PAGE + "?from=5.3.2043&to=5.3.2043");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).doesNotContain(nationalId).doesNotContain(spaced)
                .contains(nationalId.substring(0, 6) + "*****");
        assertThat(Jsoup.parse(page.asString()).select("[data-testid=audit-detail]").eachText())
                .containsExactly(nationalId.substring(0, 6) + "*****", "Kari " + nationalId.substring(0, 6)
                        + "***** (1)");

        // Typed into the filter, one is refused and not shown back, nor in the language switch's way back.
        for (String field : List.of("case", "staff", "from", "action")) {
            String typed = field.equals("action") ? "A" + nationalId : nationalId;
            Response refused = admin.get(PAGE + "?" + field + "=" + typed + "&before=1_" + nationalId);
            assertThat(refused.statusCode()).as(field).isEqualTo(400);
            assertThat(refused.asString()).as(field).doesNotContain(nationalId);
            if (!field.equals("action")) {
                assertThat(Jsoup.parse(refused.asString()).select("#" + field).attr("value")).as(field)
                        .isEqualTo(nationalId.substring(0, 6) + "*****");
            }
        }
        assertThat(admin.get(PAGE + "?before=946684800000000_" + nationalId).asString()).doesNotContain(nationalId);
        assertThat(Jsoup.parse(admin.get(PAGE + "?case=" + nationalId).asString()).select("#case-error").text())
                .contains("fødselsnummer");
    }

    @Test
    void onlyAdminsReachThePage() {
        for (String role : List.of(Roles.SUPPORT, Roles.OFFICER)) {
            WebClient staff = new WebClient().loginAsStaff(fixtures.staff(role), Fixtures.STAFF_PASSWORD);
            assertThat(staff.get(PAGE).statusCode()).as(role).isEqualTo(403);
            assertThat(staff.get(PAGE + "?from=31.2.2043").statusCode()).as(role).isEqualTo(403);
        }
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        assertThat(debtor.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(debtor.get(PAGE).asString()).doesNotContain("audit-row");
        Response anonymous = new WebClient().get(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/staff/login");
    }

    @Test
    void aPageCostsTheSameQueriesForOneEntryAndForFifty() {
        String few = fixtures.staff(Roles.SUPPORT);
        String many = fixtures.staff(Roles.SUPPORT);
        Instant at = Instant.parse("2045-01-02T10:00:00Z");
        audit.insert(List.of(new AuditRows.Row(at, "STAFF", fixtures.staffId(few), "STAFF_VIEWED_CASE",
                "case:10000017", null)));
        audit.insert(IntStream.range(0, 60).mapToObj(i -> new AuditRows.Row(at.plusSeconds(i), "STAFF",
                fixtures.staffId(many), i % 2 == 0 ? "STAFF_VIEWED_OBJECTION" : "LOGIN_OK",
                i % 2 == 0 ? "objection:INN-NONE-" + i : "staff:" + many, null)).toList());
        WebClient admin = admin();
        admin.getPage(PAGE);

        long one = statements(admin, PAGE + "?staff=" + few);
        long fifty = statements(admin, PAGE + "?staff=" + many);
        long byCase = statements(admin, PAGE + "?case=10000017&from=2.1.2045&to=2.1.2045");
        assertThat(fifty).as("50 rows vs 1").isEqualTo(one);
        assertThat(byCase).isEqualTo(one);
        assertThat(one).as("the session and one query for the page").isLessThanOrEqualTo(4);
    }

    private long statements(WebClient admin, String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        Response page = admin.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        return stats.getPrepareStatementCount();
    }

    private WebClient admin() {
        return new WebClient().loginAsStaff(fixtures.staff(Roles.ADMIN), Fixtures.STAFF_PASSWORD);
    }

    private static AuditRows.Row row(String at, String actorType, Long actorId, String action, String target) {
        return row(at, actorType, actorId, action, target, null);
    }

    private static AuditRows.Row row(String at, String actorType, Long actorId, String action, String target,
                                     String detail) {
        return new AuditRows.Row(Instant.parse(at), actorType, actorId, action, target, detail);
    }

    private static List<Long> ids(Document page) {
        return page.select("[data-testid=audit-row]").eachAttr("data-id").stream().map(Long::valueOf).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
