package no.minside.audit;

import java.time.Instant;

/**
 * One entry as the audit viewer shows it, with national ids masked in every text.
 *
 * @param actorName           the staff member's display name, the creditor's or API client's name; null if unknown
 * @param actorUsername       the staff member's username; null for others
 * @param caseNumber          the case the entry concerns, when its target names one (directly, by an objection or by
 *                            the case's id); null otherwise
 * @param objectionReference  the objection the target names, if any
 */
public record AuditRow(long id, Instant at, AuditLog.Actor actor, Long actorId, String actorName, String actorUsername,
                       String action, String target, String detail, String caseNumber, String objectionReference) {
}
