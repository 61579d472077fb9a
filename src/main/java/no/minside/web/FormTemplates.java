package no.minside.web;

import io.quarkus.qute.TemplateExtension;

import java.util.List;

/** What form templates ask of a list of errors: the message for a field, for the field to show under its label. */
@TemplateExtension
public final class FormTemplates {

    private FormTemplates() {
    }

    static String errorFor(List<FormError> errors, String field) {
        return errors == null ? null : FormError.messageFor(errors, field);
    }
}
