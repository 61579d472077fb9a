package no.minside.auth;

import jakarta.validation.constraints.NotBlank;
import no.minside.common.FormRule;
import org.jboss.resteasy.reactive.RestForm;

/** The debtor login form: the case number and PIN printed on the letter (field names browsers autofill). */
public record PinLoginForm(
        @RestForm @NotBlank(message = "case_number_required") String caseNumber,
        @RestForm @NotBlank(message = "pin_required") String pin) {

    /** Case numbers are 8 digits today (the sequence allows up to 12); people type spaces and dashes. */
    private static final String CASE_NUMBER = "[0-9]{8,12}";
    private static final String PIN = "[0-9]{8}";

    /** The case number as stored: what was typed, without spaces and dashes. */
    public String normalisedCaseNumber() {
        return caseNumber == null ? "" : caseNumber.replaceAll("[\\s-]", "");
    }

    /**
     * The format is checked before any attempt is made or counted: a mistyped number is told what is wrong, and
     * the format says nothing about which cases exist.
     */
    static final FormRule<PinLoginForm> FORMAT = (form, found) -> {
        if (!found.has("caseNumber") && !form.normalisedCaseNumber().matches(CASE_NUMBER)) {
            found.add("caseNumber", "case_number_format");
        }
        if (!found.has("pin") && !form.pin().trim().matches(PIN)) {
            found.add("pin", "pin_format");
        }
    };
}
