package no.minside.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** Friendly, localized error pages for people; the JSON API answers with problem details instead. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance error(ErrorView view);
    }

    private final Instance<PageRenderer> pages;

    ErrorPages(Instance<PageRenderer> pages) {
        this.pages = pages;
    }

    public Response page(int status, String reference) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(view(status, reference)).build();
    }

    /** The error page itself, for answers that already have their status (such as a refused CSRF token). */
    public TemplateInstance view(int status, String reference) {
        PageRenderer renderer = pages.get();
        if (reference == null) {
            // Every error page carries a reference the person can quote; the log line says what it was.
            reference = UUID.randomUUID().toString();
            Log.infof("Answered %d, reference %s, for %s", status, reference, renderer.path());
        }
        Messages msg = Localized.messages(renderer.language());
        int shown = switch (status) {
            case 400, 403, 404, 503 -> status;
            default -> status >= 500 ? 500 : 400;
        };
        ErrorView view = new ErrorView(status, title(msg, shown), text(msg, shown), reference);
        return renderer.renderWithoutSession(Templates.error(view));
    }

    private static String title(Messages msg, int status) {
        return switch (status) {
            case 403 -> msg.error_page_title_403();
            case 404 -> msg.error_page_title_404();
            case 503 -> msg.error_page_title_503();
            case 500 -> msg.error_page_title_500();
            default -> msg.error_page_title_400();
        };
    }

    private static String text(Messages msg, int status) {
        return switch (status) {
            case 403 -> msg.error_page_text_403();
            case 404 -> msg.error_page_text_404();
            case 503 -> msg.error_page_text_503();
            case 500 -> msg.error_page_text_500();
            default -> msg.error_page_text_400();
        };
    }
}
