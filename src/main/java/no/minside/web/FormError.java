package no.minside.web;

/** An error on one form field, already in the page's language; {@code field} is the input's id. */
public record FormError(String field, String message) {
}
