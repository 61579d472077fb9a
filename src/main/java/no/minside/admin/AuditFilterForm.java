package no.minside.admin;

import no.minside.audit.AuditSearch;
import no.minside.audit.AuditTrailService;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit viewer's filter as the GET form sends it: {@code actor}, {@code staff}, {@code action}, {@code case},
 * {@code from}, {@code to}, and the page cursors {@code before} (older) and {@code after} (newer).
 */
public record AuditFilterForm(
        @RestQuery String actor,
        @RestQuery String staff,
        @RestQuery String action,
        @RestQuery("case") String caseNumber,
        @RestQuery String from,
        @RestQuery String to,
        @RestQuery String before,
        @RestQuery String after) {

    static final String PATH = "/staff/admin/audit";

    AuditSearch search() {
        return new AuditSearch(actor, staff, action, caseNumber, from, to, before, after);
    }

    /** The form as the page shows it again: what was typed, with anything shaped like a national id masked. */
    AuditFilterForm shown() {
        return new AuditFilterForm(mask(actor), mask(staff), mask(action), mask(caseNumber), mask(from), mask(to),
                mask(before), mask(after));
    }

    public boolean isFiltered() {
        return !query().isEmpty();
    }

    /** This filter's page beyond {@code cursor}: {@code before} for older entries, {@code after} for newer. */
    String link(String cursorParam, String cursor) {
        String query = query();
        return PATH + "?" + (query.isEmpty() ? "" : query + "&") + cursorParam + "=" + encode(cursor);
    }

    /** This page itself, for the language switch to come back to (of the form as {@link #shown()}, masked). */
    String self() {
        String query = query();
        List<String> parts = new ArrayList<>(query.isEmpty() ? List.of() : List.of(query));
        add(parts, "before", before);
        add(parts, "after", after);
        return PATH + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    /** The filter's fields that are set, encoded for a link. */
    private String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "actor", actor);
        add(parts, "staff", staff);
        add(parts, "action", action);
        add(parts, "case", caseNumber);
        add(parts, "from", from);
        add(parts, "to", to);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + encode(value.strip()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String mask(String value) {
        return AuditTrailService.maskNationalIds(value);
    }
}
