package no.minside.web;

import java.util.List;

/** An error on one form field, already in the page's language; {@code field} is the input's id. */
public record FormError(String field, String message) {

    /** The message for {@code field} among {@code errors}, or null: what a form field shows under its label. */
    public static String messageFor(List<FormError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }
}
