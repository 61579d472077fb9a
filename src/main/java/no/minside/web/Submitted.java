package no.minside.web;

import jakarta.ws.rs.core.Response;
import no.minside.submissions.FormSubmissions;

/** The answers of a form sent through {@link FormSubmissions#once}: a redirect, and where a repeat of it lands. */
public final class Submitted {

    private Submitted() {
    }

    /** Done: 303 to {@code path}, where a repeat of the same form lands too. */
    public static FormSubmissions.Done<Response> redirect(String path) {
        return FormSubmissions.Done.landing(Redirects.seeOther(path).build(), path);
    }

    /** A repeat of a form already done: 303 to where the first one landed. */
    public static Response landOn(String path) {
        return Redirects.seeOther(path).build();
    }
}
