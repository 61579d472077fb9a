package no.minside.letters;

/** The letters the agency sends; the collection notice and the new-PIN letter carry the case's PIN. */
public enum LetterKind {
    /** Inkassovarsel: the first letter, with the PIN for Min side. */
    COLLECTION_NOTICE,
    /** Betalingsoppfordring: the second letter; the PIN came with the first. */
    PAYMENT_DEMAND,
    /** A new PIN, replacing the old one: ordered by support, or the first letter of a case moved from another system. */
    NEW_PIN,
    OBJECTION_DECISION,
    PLAN_DECISION
}
