package no.minside.auth;

/** What one step of a staff login came to. */
public sealed interface StaffLoginResult {

    /**
     * On to the next stage, shown by GET /staff/login: {@code stepToken} goes in the step cookie, and
     * {@code deviceToken}, when set, in the known-device cookie (the second factor was right).
     */
    record Next(String stepToken, String deviceToken) implements StaffLoginResult {
    }

    /** Logged in: the session token for the session cookie, the device token for the known-device cookie. */
    record Done(String sessionToken, String deviceToken) implements StaffLoginResult {
    }

    /** Refused (wrong password or code, locked, or wait): the reason, as a PIN login is refused. */
    record Refused(LoginResult reason) implements StaffLoginResult {
    }

    /** The login halfway is gone (timed out, cancelled, or ended by an admin): start again with the password. */
    record Expired() implements StaffLoginResult {
    }
}
