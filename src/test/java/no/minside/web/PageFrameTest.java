package no.minside.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A frame filled in is the page it was split from with each mark replaced by its value, byte for byte. */
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

    private static byte[][] values(String... values) {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = values[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
