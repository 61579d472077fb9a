package no.minside.common;

import java.time.Duration;
import java.time.Instant;

/**
 * Who is asking, as the pages and the services need to know it: a debtor or a member of staff, and when their
 * session would time out if left idle (for the WCAG 2.2.1 warning).
 *
 * @param caseId      for a login with the letter's case number and PIN: the one case it may see; null otherwise
 * @param name        the staff member's username; null for debtors
 * @param role        {@link Roles#DEBTOR} or the staff role
 */
public record Visitor(Kind kind, Long debtorId, Long caseId, Long staffId, String name, String role,
                      Instant idleDeadline, Duration idleTimeout, Duration warnBefore) {

    /** Whom the session belongs to. */
    public enum Kind { DEBTOR, STAFF }

    public boolean isDebtor() {
        return kind == Kind.DEBTOR;
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    /** A login with the letter's case number and PIN: it proves possession of one letter, not who the person is. */
    public boolean isPinLogin() {
        return isDebtor() && caseId != null;
    }
}
