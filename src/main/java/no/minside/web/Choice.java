package no.minside.web;

/** One option of a radio or checkbox group; {@code lang} is set when the label is in another language. */
public record Choice(String value, String label, String lang) {

    public static Choice of(String value, String label) {
        return new Choice(value, label, null);
    }
}
