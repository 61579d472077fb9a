package no.minside.common;

/** Small rules for text as people and systems type it. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The value trimmed, or null when nothing was typed: an empty field means "none". */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
