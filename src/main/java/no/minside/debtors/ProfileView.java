package no.minside.debtors;

import no.minside.web.FormError;

import java.util.List;

/** The profile page: who the debtor is (the national id unmasked, for its owner only), the form, and its errors. */
public record ProfileView(String name, DebtorKind kind, String nationalId, String organisationNumber,
                          ProfileForm form, List<FormError> errors, boolean saved) {

    public String errorFor(String field) {
        return FormError.messageFor(errors, field);
    }
}
