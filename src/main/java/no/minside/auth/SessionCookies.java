package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Strict, Secure unless switched off for plain-HTTP localhost. */
@ApplicationScoped
public class SessionCookies {

    private final SessionConfig config;

    SessionCookies(SessionConfig config) {
        this.config = config;
    }

    public NewCookie issue(String token) {
        return base(token).build();
    }

    /** Tells the browser to forget the cookie. */
    public NewCookie clear() {
        return base("").maxAge(0).build();
    }

    public String name() {
        return config.cookieName();
    }

    private NewCookie.Builder base(String value) {
        return new NewCookie.Builder(config.cookieName()).value(value).path("/").httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT);
    }
}
