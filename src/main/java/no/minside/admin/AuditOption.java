package no.minside.admin;

import java.util.List;

/** One option of a filter's select, and whether it is the one chosen. */
public record AuditOption(String value, String label, boolean selected) {

    /** Options under a heading ({@code <optgroup>}). */
    public record Group(String label, List<AuditOption> options) {
    }
}
