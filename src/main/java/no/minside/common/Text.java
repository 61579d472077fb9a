package no.minside.common;

/** Small rules for text as people and systems type it. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Whether a one-line text (a name, an address, a description) is free of what no such text may hold: control
     * characters (tabs and line breaks included), line and paragraph separators, and invisible format characters
     * such as those that turn the reading direction (U+202E), which can make a name display as something else.
     */
    public static boolean isCleanLine(String value) {
        return value == null || value.codePoints().noneMatch(Text::isForbiddenInLine);
    }

    /**
     * A control character, a line or paragraph separator, or an invisible format character (a direction override,
     * a zero-width space, a byte-order mark). The joiners that some scripts need (U+200C, U+200D) are allowed.
     */
    public static boolean isForbiddenInLine(int c) {
        int type = Character.getType(c);
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || isDirectionControl(c);
    }

    /** The invisible characters that change the direction text is displayed in. */
    public static boolean isDirectionControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** The value trimmed, or null when nothing was typed: an empty field means "none". */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
