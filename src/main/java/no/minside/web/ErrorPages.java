package no.minside.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Friendly, localized error pages for people; the JSON API answers with problem details instead. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance error(PageContext page, ErrorView view);
    }

    private final Instance<PageRenderer> pages;

    ErrorPages(Instance<PageRenderer> pages) {
        this.pages = pages;
    }

    public Response page(int status, String reference) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(view(status, reference, false)).build();
    }

    /**
     * An error page for a request that reached a resource (a case that is not the visitor's, say): it keeps the
     * logged-in header, with the way back to the visitor's own pages.
     */
    public Response pageInSession(int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(view(status, null, true)).build();
    }

    /** The error page itself, for answers that already have their status (such as a refused CSRF token). */
    public TemplateInstance view(int status, String reference) {
        return view(status, reference, false);
    }

    private TemplateInstance view(int status, String reference, boolean inSession) {
        PageRenderer renderer = pages.get();
        if (reference == null) {
            // Every error page carries a reference the person can quote; the log line says what it was.
            reference = UUID.randomUUID().toString();
            Log.infof("Answered %d, reference %s, for %s", status, reference, renderer.path());
        }
        String lang = renderer.language();
        int shown = switch (status) {
            case 400, 403, 404, 503 -> status;
            default -> status >= 500 ? 500 : 400;
        };
        ErrorView view = new ErrorView(status, text(lang, "title_" + shown), text(lang, "text_" + shown), reference);
        return renderer.render(Templates.error(inSession ? renderer.page() : renderer.pageWithoutSession(), view));
    }

    private static String text(String lang, String key) {
        return Bundles.message(ErrorMessages.class, lang, key, List.of()).orElseThrow();
    }
}
