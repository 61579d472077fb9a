package no.minside.web;

import io.quarkus.qute.Escaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import no.minside.common.AgencyConfig;
import no.minside.common.KeptBody;
import no.minside.common.Languages;
import no.minside.common.TimeSource;
import no.minside.common.Visitor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private final PageFrames frames;
    private final FormToken formToken;

    PageRenderer(HttpServerRequest request, CurrentVisitor visitor, TimeSource time, AgencyConfig agency,
                 PageFrames frames, FormToken formToken) {
        this.request = request;
        this.frames = frames;
        this.formToken = formToken;
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
     * A page template with a kept body, as its frame is rendered: {@code page} and {@code arguments} hold marks in
     * place of each request's own values, so the template must show the arguments as they are (not test or change
     * them), and show {@link #KEPT_BODY} once.
     */
    @FunctionalInterface
    public interface FrameTemplate {
        TemplateInstance of(PageContext page, List<String> arguments);
    }

    /** The slots of a frame: the kept body, the CSRF token, the language switch, the idle clock, then the arguments. */
    private static final int BODY = 0;
    private static final int FORM_TOKEN = 1;
    private static final int SWITCH_URL = 2;
    private static final int IDLE_REMAINING = 3;
    private static final int ARGUMENTS = 4;
    private static final String SWITCH_URL_MARK = "\u0000switch-url\u0000";
    /** A frame's idle clock: a number no page shows (a page's is never negative), found by its digits. */
    private static final long IDLE_REMAINING_MARK = Long.MIN_VALUE;

    private static final Escaper HTML_ESCAPER = Escaper.builder().add('"', "&quot;").add('\'', "&#39;")
            .add('&', "&amp;").add('<', "&lt;").add('>', "&gt;").build();

    /**
     * The page as the response sends it: {@code body}, already UTF-8, in the page's frame, rendered from
     * {@code template} once per page ({@code name}), language and kind of visitor ({@link PageFrames}) and filled in
     * with this request's token, idle clock, language switch and {@code arguments}, escaped as the template would
     * escape them. Nothing is rendered per request: the layout was a fifth of a kept page's work (issue 12). To a
     * client that accepts gzip the page goes compressed, the body as it was compressed once when it was kept.
     */
    public byte[] aroundKeptBody(String name, FrameTemplate template, PageContext page, List<String> arguments,
                                 KeptBody body) {
        PageFrame frame = frames.frame(PageFrames.Key.of(name, arguments.size(), page),
                () -> frameOf(template, page, arguments.size()));
        byte[][] values = new byte[ARGUMENTS + arguments.size()][];
        values[BODY] = body.html();
        values[FORM_TOKEN] = escaped(formToken.value());
        values[SWITCH_URL] = escaped(page.switchUrl());
        values[IDLE_REMAINING] = Long.toString(page.idleRemainingMillis()).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < arguments.size(); i++) {
            values[ARGUMENTS + i] = escaped(arguments.get(i));
        }
        request.response().headers().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            request.response().putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            return frame.gzip(values, BODY, body);
        }
        return frame.fill(values);
    }

    /**
     * The frame of a page like {@code page}: rendered for a visitor of the same kind with no identity, the marks in
     * place of the token, the path, the idle clock and the arguments.
     */
    private PageFrame frameOf(FrameTemplate template, PageContext page, int arguments) {
        Visitor who = page.visitor();
        Visitor anyone = who == null ? null : new Visitor(who.kind(), null, null, null, null, who.role(), null,
                who.idleTimeout(), who.warnBefore());
        PageContext marked = new PageContext(page.lang(), page.otherLang(), SWITCH_URL_MARK, anyone,
                IDLE_REMAINING_MARK, page.hasErrors(), page.agencyPhone(), page.agencyEmail());
        List<String> marks = new ArrayList<>(List.of(KEPT_BODY.getValue(), FormToken.MARK, SWITCH_URL_MARK,
                Long.toString(IDLE_REMAINING_MARK)));
        for (int i = 0; i < arguments; i++) {
            marks.add("\u0000argument-" + i + "\u0000");
        }
        String html;
        formToken.framing(true);
        try {
            html = render(template.of(marked, marks.subList(ARGUMENTS, marks.size()))).render();
        } finally {
            formToken.framing(false);
        }
        return PageFrame.split(html, marks, List.of(BODY));
    }

    private static byte[] escaped(String value) {
        return value == null ? new byte[0] : HTML_ESCAPER.escape(value).getBytes(StandardCharsets.UTF_8);
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
