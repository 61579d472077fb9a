package no.minside.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page rendered once with marks where each request's own values go (the kept body, the CSRF token, the idle clock,
 * the language switch's return path, the page's arguments), split at the marks into UTF-8 segments. Filling it in
 * copies the segments and the values: no template is rendered and nothing but the values is encoded.
 */
final class PageFrame {

    /** The fixed parts, one more than the slots. */
    private final byte[][] segments;
    /** Which value goes after each segment but the last: an index into the values given to {@link #fill}. */
    private final int[] slots;
    private final int fixedLength;

    private PageFrame(byte[][] segments, int[] slots) {
        this.segments = segments;
        this.slots = slots;
        int length = 0;
        for (byte[] segment : segments) {
            length += segment.length;
        }
        this.fixedLength = length;
    }

    /**
     * The frame of {@code html} with a slot wherever one of {@code marks} appears; a slot's index is its mark's. Marks
     * must not overlap one another. Fails when a mark listed in {@code once} does not appear exactly once.
     */
    static PageFrame split(String html, List<String> marks, List<Integer> once) {
        List<byte[]> segments = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int[] seen = new int[marks.size()];
        int from = 0;
        while (true) {
            int at = -1;
            int mark = -1;
            for (int m = 0; m < marks.size(); m++) {
                int found = html.indexOf(marks.get(m), from);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    mark = m;
                }
            }
            if (at < 0) {
                break;
            }
            segments.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            slots.add(mark);
            seen[mark]++;
            from = at + marks.get(mark).length();
        }
        segments.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        for (int m : once) {
            if (seen[m] != 1) {
                throw new IllegalStateException("A page frame must show the mark " + m + " exactly once, not "
                        + seen[m] + " times");
            }
        }
        return new PageFrame(segments.toArray(byte[][]::new), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The page with each slot filled by its value, already UTF-8 (and escaped for where it goes). */
    byte[] fill(byte[][] values) {
        int length = fixedLength;
        for (int slot : slots) {
            length += values[slot].length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < slots.length; i++) {
            at = copy(segments[i], page, at);
            at = copy(values[slots[i]], page, at);
        }
        copy(segments[slots.length], page, at);
        return page;
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }
}
