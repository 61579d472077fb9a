package no.minside.objections;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.common.Roles;
import no.minside.support.Fixtures;
import no.minside.support.WebClient;
import no.minside.support.WebClient.Field;
import no.minside.support.WebClient.Upload;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is sent, the debtor gets a clear message in their language, keeps what they typed, and nothing is stored
 * until the whole form is right; a file is what its bytes say it is, never what its name says.
 */
@QuarkusTest
class ObjectionInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MockMailbox mailbox;

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        Case c = open();
        for (Upload wrong : List.of(new Upload("kvittering.pdf", "application/pdf", ObjectionPages.HTML),
                new Upload("faktura.pdf", "application/pdf", ObjectionPages.EXE),
                new Upload("bilder.png", "image/png", ObjectionPages.ZIP))) {
            Response refused = ObjectionPages.submit(c.debtor, c.number, "AMOUNT_WRONG", "Beløpet stemmer ikke.",
                    List.of("whole"), List.of(ObjectionPages.pdf("ok.pdf"), wrong));
            assertThat(refused.statusCode()).as(wrong.fileName()).isEqualTo(400);
            Document page = ObjectionPages.html(refused);
            assertThat(ObjectionPages.texts(page, "error-summary")).singleElement().asString()
                    .contains(wrong.fileName()).contains("ikke en PDF, PNG eller JPEG");
            assertKept(page, "AMOUNT_WRONG", "Beløpet stemmer ikke.", "whole");
        }
        assertThat(stored(c)).isZero();
    }

    @Test
    void anOversizedFileAndASixthFileAreRefusedAndTheTextKept() {
        Case c = open();
        byte[] big = Arrays.copyOf(ObjectionPages.PDF, 10 * 1024 * 1024 + 1);
        Response tooBig = ObjectionPages.submit(c.debtor, c.number, "DEFECT", "Se vedlagte bilde.",
                List.of("whole"), List.of(new Upload("stor.pdf", "application/pdf", big)));
        assertThat(tooBig.statusCode()).isEqualTo(400);
        Document page = ObjectionPages.html(tooBig);
        assertThat(page.select("#attachments-error").text()).contains("stor.pdf").contains("10 MB");
        assertThat(page.select("#attachments-hint").text()).as("the files must be chosen again").contains("på nytt");
        assertKept(page, "DEFECT", "Se vedlagte bilde.", "whole");

        List<Upload> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(ObjectionPages.pdf("vedlegg-" + i + ".pdf"));
        }
        Response tooMany = ObjectionPages.submit(c.debtor, c.number, "DEFECT", "Seks filer.", List.of("whole"), six);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(ObjectionPages.html(tooMany).select("#attachments-error").text())
                .isEqualTo("Du kan sende høyst 5 filer, men valgte 6. Velg de viktigste.");
        assertThat(stored(c)).isZero();

        // Five are fine, and each is kept with its own name and type.
        Response five = ObjectionPages.submit(c.debtor, c.number, "DEFECT", "Fem filer.", List.of("whole"),
                six.subList(0, 5));
        assertThat(five.statusCode()).isEqualTo(303);
        assertThat(fixtures.count("objection_attachment a join objection o on o.id = a.objection_id where o.case_id = "
                + c.id + " and a.content_type = 'application/pdf'")).isEqualTo(5);
    }

    @Test
    void everyRuleHasItsMessageAndTheFormComesBackAsTyped() {
        Case c = open();
        Response none = ObjectionPages.submit(c.debtor, c.number, null, "", List.of(), List.of());
        Document page = ObjectionPages.html(none);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(page.title()).startsWith("Feil: ");
        assertThat(page.select("[data-testid=error-summary] a").eachAttr("href")).containsExactly("#reason");
        assertThat(page.select("#reason-error").text()).isEqualTo("Velg hvorfor du er uenig.");
        assertThat(page.select("input#reason").attr("value")).as("the summary's link lands on the first choice")
                .isEqualTo("ALREADY_PAID");

        Response other = ObjectionPages.submit(c.debtor, c.number, "OTHER", "   ", List.of(), List.of());
        assertThat(ObjectionPages.html(other).select("#text-error").text())
                .isEqualTo("Skriv hvorfor du er uenig når du velger «Annet».");

        String tooLong = "a".repeat(4001);
        Document longPage = ObjectionPages.html(ObjectionPages.submit(c.debtor, c.number, "OTHER", tooLong,
                List.of(), List.of()));
        assertThat(longPage.select("#text-error").text()).contains("4000 tegn");
        assertThat(longPage.select("#text").text()).as("the whole text comes back").hasSize(4001);

        Document hidden = ObjectionPages.html(ObjectionPages.submit(c.debtor, c.number, "OTHER",
                "Beløpet \u202Eer feil", List.of(), List.of()));
        assertThat(hidden.select("#text-error").text()).contains("usynlige tegn");

        Document unknown = ObjectionPages.html(ObjectionPages.submit(c.debtor, c.number, "OTHER", "Feil krav.",
                List.of("999999999"), List.of()));
        assertThat(unknown.select("#claims-error").text()).isEqualTo("Velg blant kravene i listen.");

        c.debtor.get("/language/en?return=/cases");
        Document inEnglish = ObjectionPages.html(ObjectionPages.submit(c.debtor, c.number, "OTHER", "", List.of(),
                List.of()));
        assertThat(inEnglish.title()).startsWith("Error: ");
        assertThat(inEnglish.select("#text-error").text())
                .isEqualTo("Write why you disagree when you choose \"Something else\".");
        assertThat(stored(c)).isZero();
    }

    @Test
    void aDoubleClickedSubmitMakesOneObjectionAndBothLandOnTheReceipt() throws Exception {
        Case c = open();
        String path = ObjectionPages.page(c.number);
        Document form = c.debtor.getPage(path);
        List<Field> fields = new ArrayList<>();
        form.select("form[action=" + path + "] input[type=hidden]")
                .forEach(i -> fields.add(new Field(i.attr("name"), i.attr("value"))));
        fields.add(new Field("reason", "NO_INVOICE"));
        fields.add(new Field("text", "Fikk aldri fakturaen."));
        fields.add(new Field("claims", "whole"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> clicks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return c.debtor.postMultipart(path, fields, List.of(ObjectionPages.pdf("brev.pdf")));
            }));
        }
        start.countDown();
        for (CompletableFuture<Response> click : clicks) {
            Response answer = click.get();
            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(answer.header("Location")).isEqualTo(path + "?sent=true");
        }
        assertThat(stored(c)).isEqualTo(1);
        // A later submit of the same form, the back button's, lands on the same receipt.
        assertThat(c.debtor.postMultipart(path, fields, List.of()).statusCode()).isEqualTo(303);
        assertThat(stored(c)).isEqualTo(1);
        assertThat(fixtures.count("objection_attachment a join objection o on o.id = a.objection_id where o.case_id = "
                + c.id)).isEqualTo(1);
    }

    @Test
    void aScriptInTheTextIsTextOnTheStaffPageAndNeverInTheMail() {
        Case c = open();
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";
        assertThat(c.debtor.submit("/profile", "/profile", Map.of("email", "xss@example.no", "notifyByEmail", "true",
                "language", "nb")).statusCode()).isEqualTo(303);
        String reference = ObjectionPages.object(c.debtor, c.number, "OTHER", payload);
        Document mine = c.debtor.getPage(ObjectionPages.page(c.number));
        assertThat(mine.select("dd.prose").text()).isEqualTo(payload);
        assertThat(mine.select("main script, main img")).isEmpty();

        WebClient support = new WebClient().loginAsStaff(fixtures.staff(Roles.SUPPORT), Fixtures.STAFF_PASSWORD);
        long id = fixtures.objectionId(reference);
        Response staffPage = support.get("/staff/objections/" + id);
        assertThat(staffPage.asString()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        Document page = ObjectionPages.html(staffPage);
        assertThat(page.select("[data-testid=objection-text]").text()).isEqualTo(payload);
        assertThat(page.select("main script, main img")).isEmpty();

        mailbox.clear();
        ObjectionPages.decide(support, id, "REJECT", payload, Map.of());
        var mails = mailbox.getMailsSentTo("xss@example.no");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getHtml()).doesNotContain("<script").doesNotContain("alert(").doesNotContain("<img");
        assertThat(mails.get(0).getText()).doesNotContain("alert(");
        assertThat(c.debtor.getPage(ObjectionPages.page(c.number)).select("[data-testid=objection-answer-reason]")
                .text()).isEqualTo(payload);
    }

    /**
     * A body over the uploads' 55 MB (five files of 10 MB and the text) is refused before it is read; the debtor gets
     * the error page, not the bare 413 the server's own limit would give, and nothing is stored.
     */
    @Test
    void aBodyOverTheUploadLimitGetsTheErrorPage() {
        Case c = open();
        byte[] huge = Arrays.copyOf(ObjectionPages.PDF, 55 * 1024 * 1024 + 1);
        Response refused = ObjectionPages.submit(c.debtor, c.number, "DEFECT", "For stort.", List.of("whole"),
                List.of(new Upload("stor.pdf", "application/pdf", huge)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("data-testid=\"error-reference\"").doesNotContain("Exception");
        assertThat(stored(c)).isZero();
    }

    /** An open case with a logged-in debtor. */
    private record Case(String number, long id, WebClient debtor) {
    }

    private Case open() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient debtor = new WebClient();
        assertThat(debtor.loginWithPin(c.caseNumber(), c.pin()).statusCode()).isEqualTo(303);
        return new Case(c.caseNumber(), fixtures.caseId(c.caseNumber()), debtor);
    }

    private long stored(Case c) {
        return fixtures.count("objection where case_id = " + c.id);
    }

    private static void assertKept(Document page, String reason, String text, String claim) {
        assertThat(page.select("input[name=reason][checked]").attr("value")).isEqualTo(reason);
        assertThat(page.select("#text").text()).isEqualTo(text);
        assertThat(page.select("input[name=claims][checked]").attr("value")).isEqualTo(claim);
    }
}
