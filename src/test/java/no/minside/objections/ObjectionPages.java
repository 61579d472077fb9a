package no.minside.objections;

import io.restassured.response.Response;
import no.minside.support.WebClient;
import no.minside.support.WebClient.Field;
import no.minside.support.WebClient.Upload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the objection tests do through the pages, as a debtor and as support would. */
final class ObjectionPages {

    /** The smallest file each detector accepts, and a few it must not. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] HTML = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};

    private ObjectionPages() {
    }

    static String page(String caseNumber) {
        return "/cases/" + caseNumber + "/objection";
    }

    /** Sends the objection form; {@code claims} are the values ticked ("whole" or claim ids). */
    static Response submit(WebClient debtor, String caseNumber, String reason, String text, List<String> claims,
                           List<Upload> files) {
        List<Field> fields = new ArrayList<>();
        if (reason != null) {
            fields.add(new Field("reason", reason));
        }
        fields.add(new Field("text", text));
        claims.forEach(claim -> fields.add(new Field("claims", claim)));
        return debtor.submitMultipart(page(caseNumber), page(caseNumber), fields, files);
    }

    /** Sends a valid objection on the whole case and returns its reference from the receipt. */
    static String object(WebClient debtor, String caseNumber, String reason, String text) {
        Response sent = submit(debtor, caseNumber, reason, text, List.of("whole"), List.of());
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        Document receipt = debtor.getPage(sent.header("Location"));
        return receipt.select("[data-testid=objection-reference]").text();
    }

    static Upload pdf(String name) {
        return new Upload(name, "application/pdf", PDF);
    }

    /**
     * Support decides: {@code rows} are claim id → outcome or "REDUCE:amount", posted in the order given.
     */
    static Response decide(WebClient support, long objectionId, String decision, String reason,
                           Map<Long, String> rows) {
        String path = "/staff/objections/" + objectionId;
        Document page = support.getPage(path);
        List<String> pairs = new ArrayList<>();
        pairs.add("csrf-token=" + encode(page.select("form[action=" + path + "] input[name=csrf-token]").attr("value")));
        pairs.add("version=" + encode(page.select("input[name=version]").attr("value")));
        pairs.add("decision=" + encode(decision));
        pairs.add("reason=" + encode(reason));
        rows.forEach((claim, outcome) -> {
            String[] parts = outcome.split(":", 2);
            pairs.add("claim=" + claim);
            pairs.add("outcome=" + parts[0]);
            pairs.add("amount=" + encode(parts.length > 1 ? parts[1] : ""));
        });
        return support.postEncoded(path, String.join("&", pairs));
    }

    static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    static List<String> texts(Document page, String testid) {
        return page.select("[data-testid=" + testid + "]").eachText();
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
