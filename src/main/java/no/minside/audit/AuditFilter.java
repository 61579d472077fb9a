package no.minside.audit;

import java.time.Instant;
import java.util.List;

/**
 * A checked search: null (or empty) for any.
 *
 * @param from the first instant included: the start of the first day in Europe/Oslo
 * @param to   the first instant no longer included: the start of the day after the last
 */
record AuditFilter(AuditLog.Actor actor, String staff, List<String> actions, String caseNumber, Instant from,
                   Instant to) {

    AuditFilter {
        actions = List.copyOf(actions);
    }
}
