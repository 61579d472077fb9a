package no.minside.web;

import no.minside.common.KeptBody;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A frame filled in is the page it was split from with each mark replaced by its value, byte for byte; its gzip form
 * decompresses to exactly that.
 */
class PageFrameTest {

    private static final List<String> MARKS = List.of("\u0000body\u0000", "\u0000token\u0000", "-42");

    @Test
    void eachMarkIsReplacedWhereverAndHoweverOftenItAppears() {
        String html = "<p>ø\u0000token\u0000</p>\u0000body\u0000<i>-42</i><b>\u0000token\u0000</b>å";
        PageFrame frame = PageFrame.split(html, MARKS, List.of(0));

        String filled = new String(frame.fill(values("<main>Kjære</main>", "abc", "17")), StandardCharsets.UTF_8);

        assertThat(filled).isEqualTo("<p>øabc</p><main>Kjære</main><i>17</i><b>abc</b>å");
    }

    @Test
    void aPageWithoutMarksIsFilledAsItIs() {
        PageFrame frame = PageFrame.split("<p>Hei</p>", MARKS, List.of());

        assertThat(new String(frame.fill(values("x", "y", "z")), StandardCharsets.UTF_8)).isEqualTo("<p>Hei</p>");
    }

    @Test
    void marksAtTheEdgesLeaveEmptySegments() {
        PageFrame frame = PageFrame.split("\u0000body\u0000-42", MARKS, List.of(0));

        assertThat(new String(frame.fill(values("a", "", "b")), StandardCharsets.UTF_8)).isEqualTo("ab");
    }

    @Test
    void aMarkThatMustAppearOnceAndDoesNotIsRefused() {
        assertThatThrownBy(() -> PageFrame.split("<p></p>", MARKS, List.of(0)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PageFrame.split("\u0000body\u0000\u0000body\u0000", MARKS, List.of(0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theGzipFormIsTheFilledPageCompressedWithTheBodyAsItWasCompressedOnce() throws IOException {
        String html = "<p>ø\u0000token\u0000</p>\u0000body\u0000<i>-42</i><b>\u0000token\u0000</b>å";
        PageFrame frame = PageFrame.split(html, MARKS, List.of(0));
        byte[][] values = values("<main>Kjære</main>".repeat(500), "abc", "17");
        KeptBody body = KeptBody.of(values[0]);

        byte[] gzip = frame.gzip(values, 0, body);

        assertThat(gunzip(gzip)).isEqualTo(frame.fill(values));
        assertThat(gzip.length).as("the body compressed").isLessThan(values[0].length / 10);
    }

    @Test
    void partsLongerThanAStoredBlockAndEmptyOnesAreCarriedWhole() throws IOException {
        String longSegment = "<table>" + "<tr><td>1 234,50 kr</td></tr>".repeat(4000) + "</table>"; // > 64 kB
        PageFrame frame = PageFrame.split("\u0000body\u0000" + longSegment + "\u0000token\u0000-42", MARKS,
                List.of(0));
        java.util.Random random = new java.util.Random(12);
        byte[] noise = new byte[200_000]; // compresses badly: many deflate blocks
        random.nextBytes(noise);
        byte[][] values = {noise, "x".repeat(70_000).getBytes(StandardCharsets.UTF_8), new byte[0]};

        assertThat(gunzip(frame.gzip(values, 0, KeptBody.of(noise)))).isEqualTo(frame.fill(values));
        byte[][] empty = {new byte[0], new byte[0], new byte[0]};
        assertThat(gunzip(frame.gzip(empty, 0, KeptBody.of(new byte[0])))).isEqualTo(frame.fill(empty));
    }

    /** As a browser reads it: java.util.zip checks the trailer's CRC-32 and size, and fails on a wrong one. */
    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[][] values(String... values) {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = values[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
