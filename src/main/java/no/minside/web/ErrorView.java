package no.minside.web;

/** What an error page says; the reference ties it to the log line with the detail. */
public record ErrorView(int status, String title, String text, String reference) {
}
