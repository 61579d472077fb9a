package no.minside.fees;

/** Consumer or business debtor: business debtors pay 1.5 times the consumer salær. */
public enum DebtorKind {
    CONSUMER,
    BUSINESS
}
