package no.minside.objections;

import java.util.Optional;

/**
 * What a file is, read from its first bytes, never from its name or the type the browser declared: a PDF, a PNG or
 * a JPEG, the three kinds an objection may carry. Anything else (HTML named .pdf, an executable, a ZIP) is not one.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private FileTypes() {
    }

    /** The content type the bytes are, or empty when they are none of the three. */
    static Optional<String> detect(byte[] head) {
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The file's name as it may be shown and sent back: no path, no control or quote characters, 100 at most. */
    static String safeName(String name, String contentType) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[\\p{Cntrl}\"';<>\\u202A-\\u202E\\u2066-\\u2069]", "_").strip();
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        if (base.isEmpty()) {
            base = "vedlegg";
        }
        String extension = switch (contentType) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || contentType.equals(JPEG) && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg")
                ? base : base + extension;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
