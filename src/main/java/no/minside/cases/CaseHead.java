package no.minside.cases;

/**
 * A case as a list shows it, with its creditor's name and version, read in the same statement: with the case's
 * content version that is all a kept view needs to know it is still right ({@link KeptCaseViews}).
 */
public record CaseHead(CollectionCase collectionCase, String creditorName, long creditorVersion) {
}
