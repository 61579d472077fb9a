package no.minside.debtors;

import no.minside.fees.DebtorKind;

/**
 * Who the debtor is, for the top of the profile page (the national id unmasked for its owner only), and the form
 * as stored. {@code forOneCase} says the details are those of one case's notices (a PIN login), not the person's.
 */
public record ProfileView(String name, DebtorKind kind, String nationalId, String organisationNumber,
                          ProfileForm form, boolean forOneCase) {
}
