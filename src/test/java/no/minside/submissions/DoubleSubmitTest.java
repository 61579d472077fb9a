package no.minside.submissions;

import io.quarkus.test.junit.QuarkusTest;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Double submits: every state-changing form, sent ten times at the same moment with the same one-time token (one
 * page, one browser, ten clicks), makes exactly one record, and the other nine land where the first one did: the
 * same redirect, or for a page that shows a new key once, the page about it. {@value #DEFAULT_TRIALS} trials per
 * form in the normal suite, 200 on demand ({@code -Dminside.double-submit.trials=200}, README); each trial reads the
 * form from its page, so the token and the version are the page's own.
 */
@QuarkusTest
class DoubleSubmitTest extends ConcurrentForms {

    /** The trials of the normal suite; the drill of the issue is {@code -Dminside.double-submit.trials=200}. */
    static final int DEFAULT_TRIALS = 5;
    static final int TRIALS = Integer.getInteger("minside.double-submit.trials", DEFAULT_TRIALS);
    static final int CLICKS = 10;

    @Override
    int atOnce() {
        return CLICKS;
    }

    /** One trial: the answers to the ten clicks and how many records they made. */
    private record Trial(List<Burst.Answer> answers, long made) {
    }

    private interface TrialRun {
        Trial run(int i) throws Exception;
    }

    /** Runs the trials of one form; every answer must have landed, and every trial made exactly one record. */
    private void drill(String form, boolean shownOnce, TrialRun run) throws Exception {
        long started = System.nanoTime();
        long duplicates = 0;
        long missing = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++) {
            Trial t = run.run(i);
            duplicates += Math.max(0, t.made() - 1);
            missing += t.made() == 0 ? 1 : 0;
            String problem = shownOnce ? shownOnce(t.answers()) : sameRedirect(t.answers());
            if (problem != null && wrong.size() < 5) {
                wrong.add("trial " + i + ": " + problem);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        figure(String.format("double submits, %-24s %d trials x %d clicks: %d duplicates, %d missing, %.1f s",
                form, TRIALS, CLICKS, duplicates, missing, seconds));
        assertThat(wrong).as(form).isEmpty();
        assertThat(duplicates).as(form + ": duplicates").isZero();
        assertThat(missing).as(form + ": trials that made nothing").isZero();
    }

    /** Every click answered with the same 303: the winner's, and the nine that landed on it. */
    private static String sameRedirect(List<Burst.Answer> answers) {
        Burst.Answer first = answers.get(0);
        for (Burst.Answer a : answers) {
            if (a.status() != 303 || a.location() == null || !a.location().equals(first.location())) {
                return "answered " + a.status() + " " + a.location() + " beside " + first.status() + " "
                        + first.location();
            }
        }
        return null;
    }

    /** One click got the page that shows the new key; the others a 303 to the page about it, all the same. */
    private static String shownOnce(List<Burst.Answer> answers) {
        long shown = answers.stream().filter(a -> a.status() == 200).count();
        List<String> landings = answers.stream().filter(a -> a.status() == 303).map(Burst.Answer::location)
                .distinct().toList();
        return shown == 1 && landings.size() == 1 && answers.size() - shown == answers.stream()
                .filter(a -> a.status() == 303).count() ? null : "shown " + shown + ", landings " + landings;
    }

    private Trial trial(HttpRequest request, LongSupplier count) throws Exception {
        long before = count.getAsLong();
        List<Burst.Answer> answers = burst.fire(request, CLICKS);
        return new Trial(answers, count.getAsLong() - before);
    }

    /** A trial, and then a statement below the pages that readies the next one. */
    private Trial trial(HttpRequest request, LongSupplier count, String then, Object parameter) throws Exception {
        Trial t = trial(request, count);
        fixtures.execute(then, parameter);
        return t;
    }

    // The debtor's forms.

    @Test
    void anObjectionIsSentOnce() throws Exception {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long caseId = fixtures.caseId(c.caseNumber());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        String path = "/cases/" + c.caseNumber() + "/objection";
        drill("objection", false, i -> {
            Map<String, String> form = Burst.hidden(debtor.getPage(path), path);
            form.putAll(Map.of("reason", "AMOUNT_WRONG", "text", "Beløpet stemmer ikke " + i, "claims", "whole"));
            List<WebClient.Field> fields = fields(form);
            // Support answers it below the pages afterwards, so that the next trial can object again.
            return trial(burst.multipart(debtor, path, fields), () -> fixtures.count("objection where case_id = "
                    + caseId), "update objection set status = 'REJECTED', decided_on = current_date where case_id = ?1"
                    + " and status = 'OPEN'", caseId);
        });
    }

    @Test
    void aReplyIsSentOnce() throws Exception {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long caseId = fixtures.caseId(c.caseNumber());
        WebClient debtor = new WebClient();
        debtor.loginWithPin(c.caseNumber(), c.pin());
        String path = "/cases/" + c.caseNumber() + "/objection";
        debtor.submitMultipart(path, path, fields(Map.of("reason", "NO_INVOICE", "text", "", "claims", "whole")),
                List.of());
        String replies = "objection_message m join objection o on o.id = m.objection_id where m.kind = 'REPLY' "
                + "and o.case_id = " + caseId;
        drill("objection reply", false, i -> {
            // Support asks for more, below the pages.
            fixtures.execute("update objection set status = 'INFO_REQUESTED' where case_id = ?1", caseId);
            List<WebClient.Field> fields = fields(Burst.hidden(debtor.getPage(path), path + "/reply"));
            fields.add(new WebClient.Field("text", "Her er kvitteringen " + i));
            return trial(burst.multipart(debtor, path + "/reply", fields), () -> fixtures.count(replies));
        });
    }

    @Test
    void aProposalIsEvaluatedOnce() throws Exception {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        String path = "/cases/" + c.caseNumber() + "/plan";
        drill("plan proposal", false, i -> {
            Map<String, String> fields = Burst.hidden(debtor.getPage(path), path);
            fields.put("months", String.valueOf(2 + i % 10));
            fields.put("firstDueDate", "16.3.2026");
            // One evaluation per proposal (a counter-offer, when there is one, is stored as an evaluation of its own).
            return trial(burst.form(debtor, path, fields), () -> fixtures.count("audit_log where action = "
                    + "'PLAN_EVALUATED' and target = 'case:" + c.caseNumber() + "'"));
        });
    }

    @Test
    void aPlanIsAcceptedOnce() throws Exception {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        long caseId = fixtures.caseId(c.caseNumber());
        WebClient debtor = flows.debtor(c);
        String accept = "/cases/" + c.caseNumber() + "/plan/accept";
        drill("plan acceptance", false, i -> {
            Document answer = flows.answer(debtor, c, Map.of("months", "3", "firstDueDate", "16.3.2026"));
            // The plan ends below the pages afterwards, so that the next trial can make one.
            return trial(burst.form(debtor, accept, Burst.hidden(answer, accept)),
                    () -> fixtures.count("payment_plan where case_id = " + caseId), "update payment_plan set status = "
                    + "'REJECTED', ended_on = current_date where case_id = ?1 and status in ('REFERRED', 'OFFERED', "
                    + "'ACTIVE')", caseId);
        });
    }

    @Test
    void theProfileIsSavedOnce() throws Exception {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        String nationalId = (String) fixtures.single("select d.national_id from debtor d join collection_case c "
                + "on c.debtor_id = d.id where c.case_number = ?1", c.caseNumber());
        WebClient debtor = new WebClient().withSession(fixtures.identitySession(nationalId));
        long debtorId = fixtures.debtorId(nationalId);
        drill("profile", false, i -> {
            Map<String, String> fields = Burst.hidden(debtor.getPage("/profile"), "/profile");
            fields.put("email", "trial" + i + "@example.no");
            fields.put("phone", "+47 9" + String.format("%07d", i));
            fields.put("language", "nb");
            return trial(burst.form(debtor, "/profile", fields), () -> fixtures.count("audit_log where action = "
                    + "'PROFILE_UPDATED' and target = 'debtor:" + debtorId + "'"));
        });
    }

    // Staff decisions.

    @Test
    void supportDecidesAnObjectionOnce() throws Exception {
        long id = openObjection();
        WebClient support = staff(Roles.SUPPORT);
        String path = "/staff/objections/" + id;
        String questions = "objection_message where kind = 'INFO_REQUEST' and objection_id = " + id;
        drill("objection decision", false, i -> {
            fixtures.execute("update objection set status = 'OPEN' where id = ?1", id);
            Map<String, String> fields = Burst.hidden(support.getPage(path), path);
            fields.put("decision", "MORE_INFO");
            fields.put("reason", "Send oss fakturaen, runde " + i);
            return trial(burst.form(support, path, fields), () -> fixtures.count(questions));
        });
    }

    @Test
    void anOfficerDecidesAPlanOnce() throws Exception {
        long id = referredPlan();
        String reference = (String) fixtures.single("select reference from payment_plan where id = ?1", id);
        WebClient officer = staff(Roles.OFFICER);
        String path = "/staff/plans/" + id;
        drill("plan decision", false, i -> {
            referAgain(id);
            Map<String, String> fields = Burst.hidden(officer.getPage(path), path);
            fields.put("decision", "REJECT");
            fields.put("reason", "Budsjettet går ikke opp, runde " + i);
            return trial(burst.form(officer, path, fields), () -> fixtures.count("audit_log where action = "
                    + "'PLAN_REJECTED' and detail = '" + reference + "'"));
        });
    }

    @Test
    void supportOrdersANewPinOnce() throws Exception {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient support = staff(Roles.SUPPORT);
        String page = "/staff/cases/" + c.caseNumber();
        String path = page + "/new-pin";
        drill("new PIN letter", false, i -> trial(burst.form(support, path, Burst.hidden(support.getPage(page), path)),
                () -> fixtures.count("letter where case_number = '" + c.caseNumber() + "'")));
    }

    /** The drill sees duplicates when they happen: the same ten clicks without the form's token are ten proposals. */
    @Test
    void withoutItsTokenTheSameFormTenTimesMakesMore() throws Exception {
        Fixtures.OpenedCase c = flows.openCase("8000.00");
        WebClient debtor = flows.debtor(c);
        String path = "/cases/" + c.caseNumber() + "/plan";
        Map<String, String> fields = Burst.hidden(debtor.getPage(path), path);
        assertThat(fields.remove(FormSubmissions.FIELD)).as("the form carries its token").isNotBlank();
        fields.putAll(Map.of("months", "6", "firstDueDate", "16.3.2026"));
        Trial t = trial(burst.form(debtor, path, fields), () -> fixtures.count("audit_log where action = "
                + "'PLAN_EVALUATED' and target = 'case:" + c.caseNumber() + "'"));
        assertThat(t.made()).isGreaterThan(1);
    }

    // Admin changes.

    @Test
    void aRateChangeIsSavedOnce() throws Exception {
        rateTables.save();
        try {
            WebClient admin = admin();
            String page = "/staff/admin/rates";
            drill("rate change", false, i -> {
                Map<String, String> fields = Burst.hidden(admin.getPage(page + "?edit=INTEREST&from=2026-07-01"),
                        page + "#edit");
                fields.putAll(Map.of("validFrom", "1.7.2026", "value", "12," + String.format("%02d", i % 100),
                        "source", "Norges Bank", "step", "preview"));
                Document preview = org.jsoup.Jsoup.parse(admin.post(page, fields).asString());
                Map<String, String> save = Burst.hidden(preview, page);
                save.put("reason", "Rettet, runde " + i);
                return trial(burst.form(admin, page, save), () -> fixtures.count("audit_log where action = "
                        + "'RATE_CHANGED' and target = 'rates:interest:2026-07-01'"));
            });
        } finally {
            rateTables.restore();
        }
    }

    @Test
    void aCreditorPolicyIsSavedOnce() throws Exception {
        long creditor = fixtures.creditorId(fixtures.creditor(true));
        WebClient admin = admin();
        String path = "/staff/admin/creditors/" + creditor;
        drill("creditor policy", false, i -> {
            Map<String, String> fields = creditorForm(admin.getPage(path));
            fields.put("contactName", "Kontakt " + i);
            return trial(burst.form(admin, path, fields), () -> fixtures.count("audit_log where action = "
                    + "'CREDITOR_CHANGED' and target = 'creditor:" + creditor + "'"));
        });
    }

    @Test
    void aCreditorKeyIsRotatedOnce() throws Exception {
        long creditor = fixtures.creditorId(fixtures.creditor(true));
        WebClient admin = admin();
        String path = "/staff/admin/creditors/" + creditor;
        drill("creditor key rotation", true, i -> {
            Map<String, String> fields = hidden(admin.getPage(path), "[data-testid=creditor-key] form");
            fields.put("grace", "0");
            return trial(burst.form(admin, path, fields), () -> fixtures.count("audit_log where action = "
                    + "'CREDITOR_KEY_ROTATED' and target = 'creditor:" + creditor + "'"));
        });
    }

    @Test
    void anApiClientIsMadeOnce() throws Exception {
        WebClient admin = admin();
        String path = "/staff/admin/creditors";
        String prefix = "Kanal " + System.nanoTime() + " ";
        drill("API client creation", true, i -> {
            Map<String, String> fields = hidden(admin.getPage(path), "[data-testid=client-form]");
            fields.put("name", prefix + i);
            fields.put("kind", "CHANNEL");
            return trial(burst.form(admin, path, fields), () -> fixtures.count("api_client where name like '"
                    + prefix + "%'"));
        });
    }

    @Test
    void anApiClientIsRevokedOnce() throws Exception {
        WebClient admin = admin();
        String path = "/staff/admin/creditors";
        drill("API client revocation", false, i -> {
            long id = newClient();
            Map<String, String> fields = hidden(admin.getPage(path), "[data-client=" + id + "] form");
            return trial(burst.form(admin, path, fields), () -> fixtures.count("audit_log where action = "
                    + "'API_CLIENT_REVOKED' and target = 'client:" + id + "'"));
        });
    }

    @Test
    void aStaffAccountIsMadeOnce() throws Exception {
        WebClient admin = admin();
        String path = "/staff/admin/staff";
        String prefix = "trial" + System.nanoTime() % 1_000_000 + ".";
        drill("staff account creation", false, i -> {
            Map<String, String> fields = Burst.hidden(admin.getPage(path), path);
            fields.putAll(Map.of("username", prefix + i, "displayName", "Prøve " + i, "role", Roles.SUPPORT));
            return trial(burst.form(admin, path, fields), () -> fixtures.count("staff_account where username like '"
                    + prefix + "%'"));
        });
    }

    @Test
    void aStaffPasswordIsResetOnce() throws Exception {
        long account = fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        WebClient admin = admin();
        String path = "/staff/admin/staff/" + account;
        drill("staff password reset", false, i -> {
            Map<String, String> fields = hidden(admin.getPage(path), "form:has(#change-reset-password)");
            fields.put("change", "reset-password");
            return trial(burst.form(admin, path, fields), () -> fixtures.count("audit_log where action = "
                    + "'STAFF_PASSWORD_RESET' and target = (select 'staff:' || username from staff_account where id = "
                    + account + ")"));
        });
    }

    @Test
    void aStaffAccountIsDisabledAndUnlockedOnce() throws Exception {
        long account = fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        WebClient admin = admin();
        String path = "/staff/admin/staff/" + account;
        String target = "(select 'staff:' || username from staff_account where id = " + account + ")";
        drill("staff disable/enable", false, i -> {
            String change = i % 2 == 0 ? "disable" : "enable";
            Map<String, String> fields = hidden(admin.getPage(path), "form:has(#change-" + change + ")");
            fields.put("change", change);
            return trial(burst.form(admin, path, fields), () -> fixtures.count("audit_log where action in "
                    + "('STAFF_ACCOUNT_DISABLED', 'STAFF_ACCOUNT_ENABLED') and target = " + target));
        });
    }

    private static List<WebClient.Field> fields(Map<String, String> hidden) {
        List<WebClient.Field> fields = new ArrayList<>();
        hidden.forEach((k, v) -> fields.add(new WebClient.Field(k, v)));
        return fields;
    }
}
