package no.minside.admin;

/** One living-allowance category on the rate page: its name, its form field, and its labels in the page's language. */
public record AllowanceField(String category, String field, String label, String shortLabel) {
}
