package no.minside.devdata.bankid;

import no.minside.web.Choice;
import no.minside.web.FormError;

import java.util.List;

/**
 * The stand-in's login page: the authorization request it carries on in hidden fields, the people to choose from,
 * and the form's errors; {@code badRequest} when the request cannot be answered at all.
 */
public record StandInView(boolean badRequest, String client, List<Param> request, List<Choice> identities,
                          String chosen, List<FormError> errors) {

    /** One parameter of the authorization request, posted back with the choice. */
    public record Param(String name, String value) {
    }

    static StandInView refused() {
        return new StandInView(true, null, List.of(), List.of(), null, List.of());
    }
}
