package no.minside.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The CSRF token every form posts back, as the templates show it ({@code {#csrf /}}): the CSRF filter's token, or,
 * while {@link PageRenderer} renders a page's frame, the mark where each request's own token goes ({@link PageFrame}).
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    /** Where a frame's token goes: no token looks like it (they are base64url). */
    static final String MARK = "\u0000form-token\u0000";

    private final CsrfTokenParameterProvider csrf;
    private boolean framing;

    FormToken(CsrfTokenParameterProvider csrf) {
        this.csrf = csrf;
    }

    public String parameterName() {
        return csrf.getParameterName();
    }

    /** This request's token; null when the request has none (an error page rendered before the filter ran). */
    public String value() {
        return framing ? MARK : csrf.getToken();
    }

    void framing(boolean framing) {
        this.framing = framing;
    }
}
