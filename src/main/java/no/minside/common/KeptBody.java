package no.minside.common;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A page's kept content (UTF-8) with the same bytes compressed once, for the browsers that accept gzip (every one
 * does): the compressed form is spliced into each response's gzip stream (web.PageFrame.gzip), so a kept page is
 * compressed once per change, not per request. A big case page's 140 kB of tables come to about a tenth.
 *
 * @param html     the content as it is sent to a client that takes no compression
 * @param deflated the content as raw DEFLATE blocks, ended by a sync flush and with no final block, so more blocks
 *                 may follow it in one stream; its back references reach only into its own bytes
 * @param crc      the CRC-32 of {@code html}, which the gzip trailer combines with the frame's
 */
public record KeptBody(byte[] html, byte[] deflated, int crc) {

    public static KeptBody of(byte[] html) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(html);
            byte[] out = new byte[Math.max(64, html.length / 4)];
            int length = 0;
            while (true) {
                length += deflater.deflate(out, length, out.length - length, Deflater.SYNC_FLUSH);
                if (length < out.length) {
                    break;
                }
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            CRC32 crc = new CRC32();
            crc.update(html);
            return new KeptBody(html, java.util.Arrays.copyOf(out, length), (int) crc.getValue());
        } finally {
            deflater.end();
        }
    }

    /** The bytes it holds, for a cache's weight. */
    public int weight() {
        return html.length + deflated.length;
    }
}
