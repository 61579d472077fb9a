package no.minside.submissions;

import io.quarkus.test.junit.QuarkusTest;
import no.minside.common.ApiKeys;
import no.minside.common.Roles;
import no.minside.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lost updates: two members of staff change the same thing at the same moment, each from a page read at the same
 * version. One wins; the other is told, with the thing as it stands now, and nothing of theirs is written over the
 * winner's. {@value #DEFAULT_TRIALS} trials per kind of change in the normal suite, 100 on demand
 * ({@code -Dminside.lost-update.trials=100}, README), and per kind the stale form: read at version v, someone else
 * saves, the form sent with v is refused.
 */
@QuarkusTest
class LostUpdateTest extends ConcurrentForms {

    /** The trials of the normal suite; the drill of the issue is {@code -Dminside.lost-update.trials=100}. */
    static final int DEFAULT_TRIALS = 5;
    static final int TRIALS = Integer.getInteger("minside.lost-update.trials", DEFAULT_TRIALS);

    @Override
    int atOnce() {
        return 2;
    }

    /** Two forms read at the same version, each with what its person typed, and how to read the outcome. */
    private record Race(String pathA, Map<String, String> formA, String pathB, Map<String, String> formB) {
    }

    /** Both read the page's form, each types their own change into it. */
    private static Race race(String path, java.util.function.Function<Document, Map<String, String>> formOf,
                             WebClient a, Map<String, String> typedA, WebClient b, Map<String, String> typedB) {
        Map<String, String> formA = formOf.apply(a.getPage(path));
        Map<String, String> formB = formOf.apply(b.getPage(path));
        formA.putAll(typedA);
        formB.putAll(typedB);
        return new Race(path, formA, path, formB);
    }

    private interface RaceSetup {
        Race prepare(int i) throws Exception;
    }

    /**
     * Runs the trials: in each, both forms are sent at once; exactly one may win (303), the other must be told
     * (409 with {@code toldBy} on its page), and the stored value must be the winner's.
     */
    private void drill(String kind, WebClient a, WebClient b, RaceSetup setup, String toldBy,
                       java.util.function.IntFunction<String> valueA, java.util.function.IntFunction<String> valueB,
                       Supplier<String> stored) throws Exception {
        long started = System.nanoTime();
        int lost = 0;
        int untold = 0;
        int bothLost = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++) {
            Race race = setup.prepare(i);
            List<Burst.Answer> answers = burst.fire(List.of(burst.form(a, race.pathA(), race.formA()),
                    burst.form(b, race.pathB(), race.formB())));
            Burst.Answer first = answers.get(0);
            Burst.Answer second = answers.get(1);
            boolean aWon = won(first);
            boolean bWon = won(second);
            String now = stored.get();
            if (aWon == bWon) {
                if (aWon) {
                    lost++;
                } else {
                    bothLost++;
                }
                if (wrong.size() < 5) {
                    wrong.add("trial " + i + ": " + first.status() + " and " + second.status() + ", stored " + now);
                }
                continue;
            }
            Burst.Answer loser = aWon ? second : first;
            String expected = aWon ? valueA.apply(i) : valueB.apply(i);
            if (!expected.equals(now)) {
                lost++;
                if (wrong.size() < 5) {
                    wrong.add("trial " + i + ": stored " + now + ", the winner's was " + expected);
                }
            }
            if (loser.status() != 409 || Jsoup.parse(loser.body()).select(toldBy).isEmpty()) {
                untold++;
                if (wrong.size() < 5) {
                    wrong.add("trial " + i + ": the loser got " + loser.status() + " without " + toldBy);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        figure(String.format("lost updates, %-22s %d trials x 2 at once: %d lost, %d losers not told, "
                + "%d trials with no winner, %.1f s", kind, TRIALS, lost, untold, bothLost, seconds));
        assertThat(wrong).as(kind).isEmpty();
        assertThat(lost).as(kind + ": lost updates").isZero();
        assertThat(untold).as(kind + ": losers not told").isZero();
    }

    private static boolean won(Burst.Answer answer) {
        return answer.status() == 303 || answer.status() == 200;
    }

    /** The stale form: read at version v, someone else saves, then the form is sent with v. */
    private static void stale(String kind, WebClient late, String path, Map<String, String> form, String toldBy,
                              Supplier<String> stored, String before) {
        io.restassured.response.Response refused = late.post(path, form);
        assertThat(refused.statusCode()).as(kind + ": the stale form").isEqualTo(409);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select(toldBy)).as(kind + ": told").isNotEmpty();
        assertThat(page.title()).as(kind).doesNotContain("500");
        assertThat(stored.get()).as(kind + ": nothing overwritten").isEqualTo(before);
    }

    // Staff decisions.

    @Test
    void twoSupportersDecideOneObjection() throws Exception {
        long id = openObjection();
        WebClient a = staff(Roles.SUPPORT);
        WebClient b = staff(Roles.SUPPORT);
        String path = "/staff/objections/" + id;
        // What the objection's latest question says: the change each supporter asks for.
        Supplier<String> stored = () -> String.valueOf(fixtures.single("select coalesce((select text from "
                + "objection_message where objection_id = ?1 and kind = 'INFO_REQUEST' order by id desc limit 1), "
                + "'none')", id));

        Map<String, String> staleForm = hidden(b.getPage(path), "[data-testid=decision-form]");
        Map<String, String> first = hidden(a.getPage(path), "[data-testid=decision-form]");
        first.putAll(Map.of("decision", "MORE_INFO", "reason", "Spørsmål først"));
        assertThat(a.post(path, first).statusCode()).isEqualTo(303);
        fixtures.execute("update objection set status = 'OPEN' where id = ?1", id);
        staleForm.putAll(Map.of("decision", "MORE_INFO", "reason", "Spørsmål for sent"));
        stale("objection decision", b, path, staleForm, "[data-testid=already-decided]", stored, "Spørsmål først");

        drill("objection decision", a, b, i -> {
            fixtures.execute("update objection set status = 'OPEN' where id = ?1", id);
            return race(path, p -> hidden(p, "[data-testid=decision-form]"), a, Map.of("decision", "MORE_INFO",
                    "reason", "A " + i), b, Map.of("decision", "MORE_INFO", "reason", "B " + i));
        }, "[data-testid=already-decided]", i -> "A " + i, i -> "B " + i, stored);
    }

    @Test
    void twoOfficersDecideOnePlan() throws Exception {
        long id = referredPlan();
        WebClient a = staff(Roles.OFFICER);
        WebClient b = staff(Roles.OFFICER);
        String path = "/staff/plans/" + id;
        String form = "form[action=" + path + "]";
        Supplier<String> stored = () -> String.valueOf(fixtures.single("select coalesce(decision_reason, 'none') "
                + "from payment_plan where id = ?1", id));

        Map<String, String> staleForm = hidden(b.getPage(path), form);
        Map<String, String> first = hidden(a.getPage(path), form);
        first.putAll(Map.of("decision", "REJECT", "reason", "Avslått først"));
        assertThat(a.post(path, first).statusCode()).isEqualTo(303);
        staleForm.putAll(Map.of("decision", "REJECT", "reason", "Avslått for sent"));
        stale("plan decision", b, path, staleForm, "[data-testid=already-decided]", stored, "Avslått først");

        drill("plan decision", a, b, i -> {
            referAgain(id);
            return race(path, p -> hidden(p, form), a, Map.of("decision", "REJECT", "reason", "A " + i),
                    b, Map.of("decision", "REJECT", "reason", "B " + i));
        }, "[data-testid=already-decided]", i -> "A " + i, i -> "B " + i, stored);
    }

    // Admin changes.

    @Test
    void twoAdminsChangeOneCreditor() throws Exception {
        long creditor = fixtures.creditorId(fixtures.creditor(true));
        WebClient a = admin();
        WebClient b = admin();
        String path = "/staff/admin/creditors/" + creditor;
        Supplier<String> stored = () -> String.valueOf(fixtures.single("select coalesce(contact_name, 'none') "
                + "from creditor where id = ?1", creditor));

        Map<String, String> staleForm = creditorForm(b.getPage(path));
        Map<String, String> first = creditorForm(a.getPage(path));
        first.put("contactName", "Først");
        assertThat(a.post(path, first).statusCode()).isEqualTo(303);
        staleForm.put("contactName", "For sent");
        io.restassured.response.Response told = b.post(path, staleForm);
        Document page = Jsoup.parse(told.asString());
        assertThat(page.select("#contactName").attr("value")).as("what was typed is kept").isEqualTo("For sent");
        assertThat(page.select("[data-testid=current-state]").text()).as("and how it is now").contains("Først");
        stale("creditor policy", b, path, staleForm, "[data-testid=current-state]", stored, "Først");

        drill("creditor policy", a, b, i -> {
            return race(path, ConcurrentForms::creditorForm, a, Map.of("contactName", "A " + i),
                    b, Map.of("contactName", "B " + i));
        }, "[data-testid=current-state]", i -> "A " + i, i -> "B " + i, stored);
    }

    @Test
    void twoAdminsRotateOneCreditorKey() throws Exception {
        long creditor = fixtures.creditorId(fixtures.creditor(true));
        WebClient a = admin();
        WebClient b = admin();
        String path = "/staff/admin/creditors/" + creditor;
        Supplier<String> stored = () -> String.valueOf(fixtures.single("select api_key_hash from creditor "
                + "where id = ?1", creditor));
        int[] rotations = {0};
        long before = fixtures.count("audit_log where action = 'CREDITOR_KEY_ROTATED' and target = 'creditor:"
                + creditor + "'");
        long started = System.nanoTime();
        int lost = 0;
        int untold = 0;
        for (int i = 0; i < TRIALS; i++) {
            Map<String, String> formA = hidden(a.getPage(path), "[data-testid=creditor-key]");
            Map<String, String> formB = hidden(b.getPage(path), "[data-testid=creditor-key]");
            formA.put("grace", "0");
            formB.put("grace", "0");
            List<Burst.Answer> answers = burst.fire(List.of(burst.form(a, path, formA), burst.form(b, path, formB)));
            List<Burst.Answer> winners = answers.stream().filter(x -> x.status() == 200).toList();
            if (winners.size() != 1) {
                lost++;
                continue;
            }
            rotations[0]++;
            String shownKey = Jsoup.parse(winners.get(0).body()).select("[data-testid=new-key-value]").text();
            if (!ApiKeys.hash(shownKey).equals(stored.get())) {
                lost++;
            }
            Burst.Answer loser = answers.get(answers.get(0).status() == 200 ? 1 : 0);
            if (loser.status() != 409 || !loser.body().contains("allerede byttet")) {
                untold++;
            }
        }
        figure(String.format("lost updates, %-22s %d trials x 2 at once: %d lost, %d losers not told, %.1f s",
                "creditor key rotation", TRIALS, lost, untold, (System.nanoTime() - started) / 1e9));
        assertThat(lost).isZero();
        assertThat(untold).isZero();
        assertThat(fixtures.count("audit_log where action = 'CREDITOR_KEY_ROTATED' and target = 'creditor:"
                + creditor + "'") - before).as("one rotation per trial").isEqualTo(rotations[0]);
    }

    @Test
    void twoAdminsChangeOneRateTable() throws Exception {
        rateTables.save();
        try {
            WebClient a = admin();
            WebClient b = admin();
            String page = "/staff/admin/rates";
            Supplier<String> stored = () -> String.valueOf(fixtures.single("select rate from late_interest_rate "
                    + "where valid_from = '2026-07-01'"));

            Map<String, String> staleForm = rateSave(b, "12,50", "For sent");
            assertThat(a.post(page, rateSave(a, "12,25", "Først")).statusCode()).isEqualTo(303);
            stale("rate table", b, page, staleForm, "[data-testid=error-summary]", stored, "12.25");
            assertThat(Jsoup.parse(b.post(page, staleForm).asString()).select("#value").attr("value"))
                    .as("what was typed is kept").isEqualTo("12,50");

            drill("rate table", a, b, i -> new Race(page, rateSave(a, "12," + String.format("%02d", i % 50), "A"),
                            page, rateSave(b, "13," + String.format("%02d", i % 50), "B")),
                    "[data-testid=error-summary]", i -> "12." + String.format("%02d", i % 50),
                    i -> "13." + String.format("%02d", i % 50), stored);
        } finally {
            rateTables.restore();
        }
    }

    @Test
    void twoAdminsChangeOneStaffAccount() throws Exception {
        long account = fixtures.staffId(fixtures.staff(Roles.SUPPORT));
        WebClient a = admin();
        WebClient b = admin();
        String path = "/staff/admin/staff/" + account;
        String roleForm = "form:has(button[value=role])";
        Supplier<String> stored = () -> String.valueOf(fixtures.single("select role from staff_account where id = ?1",
                account));

        Map<String, String> staleForm = hidden(b.getPage(path), roleForm);
        Map<String, String> first = hidden(a.getPage(path), roleForm);
        first.putAll(Map.of("change", "role", "role", Roles.OFFICER));
        assertThat(a.post(path, first).statusCode()).isEqualTo(303);
        staleForm.putAll(Map.of("change", "role", "role", Roles.ADMIN));
        stale("staff account", b, path, staleForm, "[data-testid=error-summary]", stored, Roles.OFFICER);

        drill("staff account", a, b, i -> {
            return race(path, p -> hidden(p, roleForm), a, Map.of("change", "role", "role",
                    i % 2 == 0 ? Roles.OFFICER : Roles.SUPPORT), b, Map.of("change", "role", "role", Roles.ADMIN));
        }, "[data-testid=error-summary]", i -> i % 2 == 0 ? Roles.OFFICER : Roles.SUPPORT, i -> Roles.ADMIN, stored);
    }

    @Test
    void twoAdminsRevokeOneApiClient() throws Exception {
        WebClient a = admin();
        WebClient b = admin();
        String path = "/staff/admin/creditors";
        long[] current = {0};
        Supplier<String> stored = () -> String.valueOf(fixtures.single("select (select count(*) from audit_log "
                + "where action = 'API_CLIENT_REVOKED' and target = 'client:' || ?1) || ' ' || (revoked_at is not null)"
                + " from api_client where id = ?1", current[0]));

        current[0] = newClient();
        Map<String, String> staleForm = hidden(b.getPage(path), "[data-client=" + current[0] + "] form");
        assertThat(a.post(path, hidden(a.getPage(path), "[data-client=" + current[0] + "] form")).statusCode())
                .isEqualTo(303);
        stale("API client", b, path, staleForm, "[data-testid=error-summary]", stored, "1 true");

        drill("API client", a, b, i -> {
            current[0] = newClient();
            String form = "[data-client=" + current[0] + "] form";
            return new Race(path, hidden(a.getPage(path), form), path, hidden(b.getPage(path), form));
        }, "[data-testid=error-summary]", i -> "1 true", i -> "1 true", stored);
    }

    /** The rate form for the period from 1.7.2026 with this value, previewed, as its save form sends it. */
    private static Map<String, String> rateSave(WebClient admin, String value, String reason) {
        String page = "/staff/admin/rates";
        Map<String, String> fields = hidden(admin.getPage(page + "?edit=INTEREST&from=2026-07-01"),
                "form[action=" + page + "#edit]");
        fields.putAll(Map.of("validFrom", "1.7.2026", "value", value, "source", "Norges Bank", "step", "preview"));
        Map<String, String> save = hidden(Jsoup.parse(admin.post(page, fields).asString()),
                "form[action=" + page + "]");
        save.put("reason", reason);
        return save;
    }

}
