package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import no.minside.web.CookieConfig;

/**
 * The session cookie, under its configured name, and the known-device cookie that lets a browser that logged in
 * before past a lock (LoginGuard): both HttpOnly, SameSite=Strict, Secure unless switched off.
 */
@ApplicationScoped
public class SessionCookies {

    private final SessionConfig config;
    private final CookieConfig cookies;
    private final TwoFactorConfig twoFactor;

    SessionCookies(SessionConfig config, CookieConfig cookies, TwoFactorConfig twoFactor) {
        this.config = config;
        this.cookies = cookies;
        this.twoFactor = twoFactor;
    }

    static final String STEP_COOKIE = "minside_login_step";
    private static final String STEP_PATH = "/staff/login";

    /** A staff login halfway (StaffLoginSteps): read only by the staff login page, gone when the step times out. */
    public NewCookie step(String stepToken) {
        return new NewCookie.Builder(STEP_COOKIE).value(stepToken).path(STEP_PATH).httpOnly(true)
                .secure(cookies.secure()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) twoFactor.stepTimeout().toSeconds()).build();
    }

    public NewCookie clearStep() {
        return new NewCookie.Builder(STEP_COOKIE).value("").path(STEP_PATH).httpOnly(true).secure(cookies.secure())
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }

    /** The staff login step token the browser sent, or null. */
    public String stepToken(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(STEP_COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    public NewCookie issue(String token) {
        return base(token).build();
    }

    /**
     * The session cookie of a login that came back from the identity provider (BankID): SameSite=Lax, not Strict.
     * That navigation began on the provider's site, so a browser withholds a Strict cookie on the redirect to /cases
     * and the person would land on the login page, logged in but not knowing it. Lax still keeps the cookie off
     * cross-site POSTs, and every form checks its CSRF token besides.
     */
    public NewCookie issueAfterProvider(String token) {
        return base(token).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Tells the browser to forget the cookie. */
    public NewCookie clear() {
        return base("").maxAge(0).build();
    }

    static final String DEVICE_COOKIE = "minside_device";
    private static final int DEVICE_DAYS = 180;

    /** Remembers this browser as one that has logged in before, for half a year. */
    public NewCookie device(String deviceToken) {
        return new NewCookie.Builder(DEVICE_COOKIE).value(deviceToken).path("/").httpOnly(true)
                .secure(cookies.secure()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) java.time.Duration.ofDays(DEVICE_DAYS).toSeconds()).build();
    }

    /** The known-device token the browser sent, or null. */
    public String deviceToken(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(DEVICE_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** The session token the browser sent, or null. */
    public String token(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(config.cookieName());
        return cookie == null ? null : cookie.getValue();
    }

    private NewCookie.Builder base(String value) {
        return new NewCookie.Builder(config.cookieName()).value(value).path("/").httpOnly(true)
                .secure(cookies.secure()).sameSite(NewCookie.SameSite.STRICT);
    }
}
