package no.minside.auth;

/** What a login attempt came to: a session token for the cookie, or why not. */
public sealed interface LoginResult {

    /** Logged in; the token goes in the session cookie; {@code language} is the debtor's saved choice, if any. */
    record Success(String token, String language) implements LoginResult {
    }

    /** Wrong or unknown credentials: one answer for both. */
    record Rejected() implements LoginResult {
    }

    /** Too many failures: refused for now, even with the right credentials. */
    record Locked() implements LoginResult {
    }

    static LoginResult of(LoginGuard.Outcome outcome, java.util.function.Supplier<Success> startSession) {
        return switch (outcome) {
            case LOGIN_OK -> startSession.get();
            case LOGIN_LOCKED -> new Locked();
            case LOGIN_FAILED -> new Rejected();
        };
    }
}
