package no.minside.admin;

import java.time.Instant;

/**
 * One entry of the audit viewer as the template shows it, every text already in the page's language.
 *
 * @param action      the action as stored, for {@code data-action}
 * @param actionLabel its plain-language name, or the stored name when the bundle has none
 * @param caseNumber  the case it concerns, or null; then {@code target} says what it concerns
 * @param caseLink    the viewer filtered on that case
 * @param objection   the objection's reference when the target is one
 */
public record AuditLine(long id, Instant at, String actor, String who, String username, String action,
                        String actionLabel, String caseNumber, String caseLink, String objection, String target,
                        String detail) {
}
