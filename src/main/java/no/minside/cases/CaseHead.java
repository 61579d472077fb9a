package no.minside.cases;

/**
 * A case as a list shows it, with its creditor's name and version, read in the same statement: with the case's
 * content version that is all a kept view needs to know it is still right ({@link KeptCaseViews}).
 */
public record CaseHead(CollectionCase collectionCase, String creditorName, long creditorVersion) {

    /** What a kept view of the case is keyed by, as the versions query reads it. */
    public CaseVersion version() {
        return new CaseVersion(collectionCase.id, collectionCase.debtorId, collectionCase.contentVersion,
                creditorVersion);
    }
}
