package no.minside.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import no.minside.common.AgencyConfig;
import no.minside.common.Languages;
import no.minside.common.TimeSource;
import no.minside.common.Visitor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Gives each page its {@link PageContext} and renders it in the visitor's language (the cookie, else
 * Accept-Language, else bokmål).
 */
@RequestScoped
public class PageRenderer {

    private final HttpServerRequest request;
    private final CurrentVisitor visitor;
    private final TimeSource time;
    private final AgencyConfig agency;

    PageRenderer(HttpServerRequest request, CurrentVisitor visitor, TimeSource time, AgencyConfig agency) {
        this.request = request;
        this.visitor = visitor;
        this.time = time;
        this.agency = agency;
    }

    /** The context of a page in a session (or of an anonymous visitor). */
    public PageContext page() {
        return context(visitor.get().orElse(null), false);
    }

    /** The context of a form page shown again with its errors. */
    public PageContext pageWithErrors() {
        return context(visitor.get().orElse(null), true);
    }

    /**
     * For error pages, which may be rendered before the request reached a resource (no CSRF token exists then):
     * the layout without the logout form and the session warning.
     */
    public PageContext pageWithoutSession() {
        return context(null, false);
    }

    /** The template in the page's language. */
    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(Locale.forLanguageTag(language()));
    }

    /** The path asked for, for log lines. */
    public String path() {
        return request.path();
    }

    /** "nb" or "en". */
    public String language() {
        Cookie cookie = request.getCookie(Languages.COOKIE);
        if (cookie != null && Languages.isSupported(cookie.getValue())) {
            return cookie.getValue();
        }
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private PageContext context(Visitor who, boolean hasErrors) {
        String lang = language();
        String other = Languages.other(lang);
        String path = request.path() + (request.query() == null ? "" : "?" + request.query());
        String switchUrl = "/language/" + other + "?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        long remaining = who == null ? 0 : Math.max(0, Duration.between(time.now(), who.idleDeadline()).toMillis());
        return new PageContext(lang, other, switchUrl, who, remaining, hasErrors, agency.phone(), agency.email());
    }
}
