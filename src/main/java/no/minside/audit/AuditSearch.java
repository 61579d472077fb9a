package no.minside.audit;

/**
 * A search of the audit trail as typed into the viewer's filter: every value a string as it came, blank for "any".
 *
 * @param actor      who acted, by kind: an {@link AuditLog.Actor} name (any case)
 * @param staff      a staff member's username: what they did
 * @param action     an action name, or {@link AuditTrailService#ACCESS} for every look at a debtor's data
 * @param caseNumber a case: entries about it, its objections and the logins to it
 * @param from       the first day (Europe/Oslo), {@code 1.12.2026} or {@code 2026-12-01}
 * @param to         the last day, included
 * @param before     a page cursor: the entries older than this one
 * @param after      a page cursor: the entries newer than this one (used only without {@code before})
 */
public record AuditSearch(String actor, String staff, String action, String caseNumber, String from, String to,
                          String before, String after) {
}
