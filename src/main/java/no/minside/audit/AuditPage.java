package no.minside.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first, with the cursors to the pages around it.
 *
 * @param older the cursor for {@link AuditSearch#before()}: null when nothing older matches
 * @param newer the cursor for {@link AuditSearch#after()}: null on the newest page
 */
public record AuditPage(List<AuditRow> rows, String older, String newer) {
}
