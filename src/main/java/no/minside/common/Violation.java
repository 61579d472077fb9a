package no.minside.common;

import java.util.List;

/**
 * A rule that a form's input breaks, before it is put in words: the field (the input's id), the message key in the
 * form's message bundle, and the values the message names (a maximum length, say). The web edge turns it into a
 * sentence in the visitor's language.
 */
public record Violation(String field, String key, List<Object> args) {

    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }
}
