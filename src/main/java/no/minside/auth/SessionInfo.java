package no.minside.auth;

import java.time.Instant;

/** What a request knows of its session: whose it is, which case a PIN login may see, and when it would time out. */
public record SessionInfo(WebSession.Kind kind, Long debtorId, Long caseId, Long staffId, Instant idleDeadline) {

    static SessionInfo of(WebSession session, Instant idleDeadline) {
        return new SessionInfo(session.kind, session.debtorId, session.caseId, session.staffId, idleDeadline);
    }
}
