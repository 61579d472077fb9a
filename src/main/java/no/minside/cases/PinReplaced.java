package no.minside.cases;

/**
 * A case's PIN was replaced (support ordered a new-PIN letter): whatever the old PIN opened must close. Observed
 * by the login side, which ends the case's PIN sessions and forgets the browsers known for it.
 */
public record PinReplaced(long caseId, String caseNumber) {
}
