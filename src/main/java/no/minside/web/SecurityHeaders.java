package no.minside.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer, errors and redirects included: a CSP that allows no inline script or style,
 * no framing, no MIME sniffing, no referrer; and no caching of anything but the static files.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    /** Runs first on every route, so no answer leaves without the headers. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    void addHeaders(RoutingContext rc) {
        String path = rc.request().path();
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            if (!path.startsWith("/q/swagger-ui") && !path.startsWith("/q/dev")) {
                headers.set("Content-Security-Policy", CSP);
            }
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

    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }
}
