package no.minside.debtors;

import jakarta.validation.constraints.Size;
import no.minside.common.EmailAddress;
import no.minside.common.FormRule;
import no.minside.common.Languages;
import org.jboss.resteasy.reactive.RestForm;


import static no.minside.common.Text.blankToNull;

/** The profile form as posted; kept as typed so a page with errors shows it back unchanged. */
public record ProfileForm(
        @RestForm @Size(max = 254, message = "email_invalid") String email,
        @RestForm @Size(max = 20, message = "phone_invalid") String phone,
        @RestForm boolean notifyByEmail,
        @RestForm boolean notifyBySms,
        @RestForm String language) {

    /** The rules annotations cannot say: formats that need code, and fields required by a ticked box. */
    static final FormRule<ProfileForm> RULES = (form, found) -> {
        String email = blankToNull(form.email());
        if (!found.has("email") && email != null && !EmailAddress.isValid(email)) {
            found.add("email", "email_invalid");
        }
        if (!found.has("phone") && blankToNull(form.phone()) != null && PhoneNumbers.normalise(form.phone()).isEmpty()) {
            found.add("phone", "phone_invalid");
        }
        if (!found.has("email") && form.notifyByEmail() && email == null) {
            found.add("email", "email_required_for_notify");
        }
        if (!found.has("phone") && form.notifyBySms() && blankToNull(form.phone()) == null) {
            found.add("phone", "phone_required_for_notify");
        }
        if (!Languages.isSupported(form.language())) {
            found.add("language", "language_invalid");
        }
    };
}
