package no.minside.auth;

import no.minside.web.FormError;

import java.util.List;

/** The login form as shown: what was typed (never the PIN or password), the errors, and any notice. */
public record LoginView(String login, List<FormError> errors, String notice) {

    public static LoginView empty(String notice) {
        return new LoginView("", List.of(), notice);
    }

    public String errorFor(String field) {
        return FormError.messageFor(errors, field);
    }
}
