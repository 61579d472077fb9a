package no.minside.web;

import no.minside.common.KeptBody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

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
    /** The same parts compressed, once, for {@link #gzip}. */
    private final KeptBody[] compressed;

    private PageFrame(byte[][] segments, int[] slots) {
        this.segments = segments;
        this.slots = slots;
        int length = 0;
        this.compressed = new KeptBody[segments.length];
        for (int i = 0; i < segments.length; i++) {
            length += segments[i].length;
            compressed[i] = KeptBody.of(segments[i]);
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

    /**
     * The same page as {@link #fill} gives, as a gzip stream (RFC 1952): the frame's parts and the slot
     * {@code deflatedSlot} as they were compressed once, the other values (a token, a clock: a few bytes each) in
     * stored DEFLATE blocks, which cost no compressing. The value in {@code values} at that slot is not read.
     */
    byte[] gzip(byte[][] values, int deflatedSlot, KeptBody body) {
        int length = Gzip.HEADER.length + Gzip.END.length + 8 + body.deflated().length;
        for (KeptBody segment : compressed) {
            length += segment.deflated().length;
        }
        for (int slot : slots) {
            length += slot == deflatedSlot ? 0 : Gzip.storedLength(values[slot].length);
        }
        Gzip gzip = new Gzip(length);
        for (int i = 0; i < slots.length; i++) {
            gzip.compressed(compressed[i]);
            if (slots[i] == deflatedSlot) {
                gzip.compressed(body);
            } else {
                gzip.stored(values[slots[i]]);
            }
        }
        gzip.compressed(compressed[slots.length]);
        return gzip.finish();
    }

    /** A gzip stream written into an array of the length it will have. */
    private static final class Gzip {

        /** ID1 ID2, CM = deflate, no flags, no time, no extra flags, OS unknown. */
        static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        /** The last block: final, stored, empty. */
        static final byte[] END = {1, 0, 0, (byte) 0xff, (byte) 0xff};
        /** A stored block carries at most 65 535 bytes, after a 5-byte header. */
        static final int STORED_MAX = 65_535;

        private final byte[] out;
        private int at;
        private int crc;
        private long size;

        Gzip(int length) {
            out = new byte[length];
            at = copy(HEADER, out, 0);
        }

        static int storedLength(int bytes) {
            return bytes + 5 * ((bytes + STORED_MAX - 1) / STORED_MAX);
        }

        /** DEFLATE blocks made before, ending byte-aligned and not final. */
        void compressed(KeptBody part) {
            at = copy(part.deflated(), out, at);
            counted(part.crc(), part.html().length);
        }

        /** {@code bytes} as stored blocks (the stream is byte-aligned before and after each). */
        void stored(byte[] bytes) {
            for (int from = 0; from < bytes.length; from += STORED_MAX) {
                int n = Math.min(STORED_MAX, bytes.length - from);
                out[at++] = 0; // BFINAL 0, BTYPE 00 (stored), padded to the byte
                out[at++] = (byte) n;
                out[at++] = (byte) (n >>> 8);
                out[at++] = (byte) ~n;
                out[at++] = (byte) (~n >>> 8);
                System.arraycopy(bytes, from, out, at, n);
                at += n;
            }
            CRC32 bytesCrc = new CRC32();
            bytesCrc.update(bytes);
            counted((int) bytesCrc.getValue(), bytes.length);
        }

        private void counted(int partCrc, int partSize) {
            crc = Crc32Combine.combine(crc, partCrc, partSize);
            size += partSize;
        }

        /** The stream with its last block and its trailer: the CRC-32 and the size, little-endian. */
        byte[] finish() {
            at = copy(END, out, at);
            for (int value : new int[] {crc, (int) size}) {
                for (int i = 0; i < 4; i++) {
                    out[at++] = (byte) (value >>> (8 * i));
                }
            }
            if (at != out.length) {
                throw new IllegalStateException("A gzip stream of " + at + " bytes, not " + out.length);
            }
            return out;
        }
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }
}
