package no.minside.auth;

import java.time.Duration;

/** What a login attempt came to: a session token for the cookie, or why not. */
public sealed interface LoginResult {

    /**
     * Logged in; the token goes in the session cookie, the device token in the known-device cookie;
     * {@code language} is the debtor's saved choice, if any.
     */
    record Success(String token, String deviceToken, String language) implements LoginResult {
    }

    /** Wrong or unknown credentials: one answer for both. */
    record Rejected() implements LoginResult {
    }

    /** Too many failures on this login: refused for now, even with the right credentials, in an unknown browser. */
    record Locked() implements LoginResult {
    }

    /** Too many failures from this address: the next attempt may come after the wait. */
    record Wait(Duration waitFor) implements LoginResult {

        public long seconds() {
            return Math.max(1, (waitFor.toMillis() + 999) / 1000);
        }
    }

    /** The result of a guarded attempt; on success the session is started by {@code startSession}. */
    static LoginResult of(LoginGuard.Outcome outcome, java.util.function.Function<String, Success> startSession) {
        return switch (outcome.kind()) {
            case LOGIN_OK -> startSession.apply(outcome.deviceToken());
            case LOGIN_LOCKED -> new Locked();
            case LOGIN_WAIT -> new Wait(outcome.waitFor());
            case LOGIN_FAILED -> new Rejected();
        };
    }
}
