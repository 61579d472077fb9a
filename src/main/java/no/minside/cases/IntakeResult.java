package no.minside.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an intake: the case number and KID the letter needs, and the PIN, shown this once (null on a repeat,
 * when it is no longer known: only its hash is stored).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeResult(String caseNumber, String pin, String kid, CaseStage status, String creditorReference,
                           @com.fasterxml.jackson.annotation.JsonIgnore
                           boolean created) {
}
