package no.minside.cases;

/**
 * What a kept view of a case is keyed by, and whose case it is, read without loading the case: a kept page needs
 * no more than this to know its view is still right ({@link KeptCaseViews.Key}).
 */
public record CaseVersion(long caseId, long debtorId, long contentVersion, long creditorVersion) {
}
