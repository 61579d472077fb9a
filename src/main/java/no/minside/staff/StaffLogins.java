package no.minside.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What the account admin needs of the login side (sessions, the lockout, the second factor), which lives in the auth
 * package and implements this: staff knows accounts, auth knows how they log in. Runs in the caller's transaction.
 */
public interface StaffLogins {

    /** How an account stands at the login: two-factor set up, and locked until when (null when not locked). */
    record LoginState(boolean twoFactor, Instant lockedUntil) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    /** The state of each account, in a fixed number of queries. */
    Map<Long, LoginState> states(Collection<StaffMember> members);

    /** Lifts the lock that failed logins put on the account's username. */
    void unlock(StaffMember member);

    /** Removes the authenticator and the recovery codes: the next login sets up a new authenticator. */
    void resetTwoFactor(StaffMember member);

    /**
     * Ends the account's sessions and its logins halfway, and forgets the browsers known for it: the next request
     * with an old cookie is refused, and the lockout applies to every browser.
     */
    void endSessions(StaffMember member);
}
