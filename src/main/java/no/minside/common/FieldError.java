package no.minside.common;

/** One invalid input field: its path in the request (e.g. {@code claims[0].principal}) and why. */
public record FieldError(String field, String message) {
}
