package no.minside.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer, errors and redirects included: a CSP that allows no inline script or style,
 * no framing, no MIME sniffing, no referrer, HSTS over HTTPS; and no caching of anything but the static files.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";
    /** Once a browser has seen the site over HTTPS, it uses nothing else for a year. */
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String CSRF_COOKIE = "csrf-token";
    /**
     * An identity attribute: an origin besides this site's that the visitor's forms may lead to. A form's redirect is
     * held to form-action too, so logging out of a BankID session, which continues at the provider, needs it.
     */
    public static final String FORM_TARGET_ATTRIBUTE = "minside.form-target";

    /** Runs first on every route, so no answer leaves without the headers. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    void addHeaders(RoutingContext rc) {
        String path = rc.request().path();
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            // A page may name a stricter or wider policy of its own (the stand-in BankID page, whose form continues
            // to the client's origin); every other answer gets ours.
            if (!isDevTool(path) && !headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", csp(formTarget(rc)));
            }
            if (https) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            sameSiteForCsrfCookie(rc.response());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (isStatic(path)) {
                headers.set("Cache-Control", "public, max-age=3600");
            } else {
                headers.set("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    /** Our policy; {@code formTarget} is one more origin that form-action allows, or null. */
    static String csp(String formTarget) {
        return formTarget == null ? CSP : CSP.replace("form-action 'self'", "form-action 'self' " + formTarget);
    }

    /** The visitor's extra form target, when the session has one and it is a plain http(s) origin. */
    private static String formTarget(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            return null;
        }
        Object target = user.getSecurityIdentity().getAttribute(FORM_TARGET_ATTRIBUTE);
        return target instanceof String origin && origin.matches("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|"
                + "https?://\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?") ? origin : null;
    }

    /**
     * The dev UI and Swagger UI run inline scripts, so only they go without the CSP, and only in dev mode, and only
     * under their own path segments: {@code /q/dev-ui/…}, not {@code /q/devfoo}.
     */
    static boolean isDevTool(String path) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return false;
        }
        return isUnder(path, "/q/dev-ui") || isUnder(path, "/q/swagger-ui");
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** The CSRF extension sets no SameSite on its cookie; the token's cookie is needed only by this site's forms. */
    private static void sameSiteForCsrfCookie(HttpServerResponse response) {
        for (Cookie cookie : response.removeCookies(CSRF_COOKIE, false)) {
            cookie.setSameSite(CookieSameSite.STRICT);
            response.addCookie(cookie);
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }
}
