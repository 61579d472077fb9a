package no.minside.debtors;

import no.minside.fees.DebtorKind;

/**
 * Who the debtor is, for the top of the profile page (the national id unmasked for its owner only), and the form
 * as stored.
 */
public record ProfileView(String name, DebtorKind kind, String nationalId, String organisationNumber,
                          ProfileForm form) {
}
