package no.minside.web;

import io.quarkus.qute.RawString;
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
import java.util.Arrays;
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

    /** The media type of a page sent as bytes ({@link #aroundKeptBody}): the same header a rendered template gets. */
    public static final String HTML = "text/html;charset=UTF-8";

    /** Where a template's kept body goes: give it as the template's body, then call {@link #aroundKeptBody}. */
    public static final RawString KEPT_BODY = new RawString("\u0000kept-body\u0000");

    /**
     * The page as the response sends it: the template rendered in the page's language around {@code body}, which is
     * already UTF-8 and is copied, not rendered or encoded again. The template must show {@link #KEPT_BODY} once.
     */
    public byte[] aroundKeptBody(TemplateInstance template, byte[] body) {
        String html = render(template).render();
        String mark = KEPT_BODY.getValue();
        int at = html.indexOf(mark);
        if (at < 0 || html.indexOf(mark, at + mark.length()) >= 0) {
            throw new IllegalStateException("The page's template must show its kept body exactly once");
        }
        byte[] head = html.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = html.substring(at + mark.length()).getBytes(StandardCharsets.UTF_8);
        byte[] page = Arrays.copyOf(head, head.length + body.length + tail.length);
        System.arraycopy(body, 0, page, head.length, body.length);
        System.arraycopy(tail, 0, page, head.length + body.length, tail.length);
        return page;
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
