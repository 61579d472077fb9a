package no.minside.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import no.minside.auth.SessionConfig;
import no.minside.auth.SessionIdentityProvider;
import no.minside.auth.SessionInfo;
import no.minside.auth.WebSession;

import no.minside.common.TimeSource;

import java.net.URLEncoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Renders a page with what the layout needs, in the visitor's language (cookie, else Accept-Language, else bokmål). */
@RequestScoped
public class PageRenderer {

    public static final String LANG_COOKIE = "lang";

    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private final SessionConfig sessionConfig;
    private final TimeSource time;

    PageRenderer(HttpServerRequest request, SecurityIdentity identity, SessionConfig sessionConfig, TimeSource time) {
        this.time = time;
        this.request = request;
        this.identity = identity;
        this.sessionConfig = sessionConfig;
    }

    public TemplateInstance render(TemplateInstance template) {
        String lang = language();
        return template.data("page", context(lang, true)).setLocale(Locale.forLanguageTag(lang));
    }

    /**
     * For error pages, which may be rendered before the request reached a resource (no CSRF token exists then):
     * the layout without the logout form and the session warning.
     */
    public TemplateInstance renderWithoutSession(TemplateInstance template) {
        String lang = language();
        return template.data("page", context(lang, false)).setLocale(Locale.forLanguageTag(lang));
    }

    /** The path asked for, for log lines. */
    public String path() {
        return request.path();
    }

    /** "nb" or "en". */
    public String language() {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        if (cookie != null && Languages.isSupported(cookie.getValue())) {
            return cookie.getValue();
        }
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private PageContext context(String lang, boolean withSession) {
        String other = "nb".equals(lang) ? "en" : "nb";
        String path = request.path() + (request.query() == null ? "" : "?" + request.query());
        String switchUrl = "/language/" + other + "?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        SessionInfo session = !withSession || identity.isAnonymous() ? null
                : identity.getAttribute(SessionIdentityProvider.ATTR_SESSION);
        boolean debtor = session != null && session.kind() == WebSession.Kind.DEBTOR;
        boolean staff = session != null && session.kind() == WebSession.Kind.STAFF;
        long remaining = session == null ? 0
                : Math.max(0, Duration.between(time.now(), session.idleDeadline()).toMillis());
        return new PageContext(lang, other, switchUrl, debtor, staff,
                staff ? identity.getPrincipal().getName() : null, remaining,
                sessionConfig.warnBefore().toMillis(), sessionConfig.idleTimeout().toMinutes(),
                staff ? "/staff/login" : "/login");
    }
}
