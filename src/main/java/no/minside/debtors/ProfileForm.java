package no.minside.debtors;

/** The profile form as posted; kept as typed so a page with errors shows it back unchanged. */
public record ProfileForm(String email, String phone, boolean notifyByEmail, boolean notifyBySms, String language) {
}
