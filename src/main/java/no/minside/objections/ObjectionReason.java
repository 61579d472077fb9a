package no.minside.objections;

/** Why the debtor disputes the claim: the reasons DOMAIN.md has the form offer. */
public enum ObjectionReason {
    ALREADY_PAID,
    AMOUNT_WRONG,
    NOT_MY_DEBT,
    DEFECT,
    NO_INVOICE,
    OTHER
}
