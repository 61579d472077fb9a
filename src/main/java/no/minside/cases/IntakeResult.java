package no.minside.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an intake: the case number, the KID and the status. Never the PIN: that goes only into the letter
 * the agency prints itself, so no creditor holds a login to its debtors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeResult(String caseNumber, String kid, CaseStage status, String creditorReference,
                           @com.fasterxml.jackson.annotation.JsonIgnore
                           boolean created) {
}
