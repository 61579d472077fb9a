package no.minside.objections;

/** What support decides on an objection, as the decision form posts it. */
public enum Decision {
    /** The debtor is right: the claims are cancelled or reduced, and their collection costs go. */
    UPHOLD,
    /** The claim stands: collection resumes with a new 14-day deadline from the decision. */
    REJECT,
    /** Support asks the debtor a question; the objection waits for the reply. */
    MORE_INFO;

    static java.util.Optional<Decision> parse(String value) {
        for (Decision d : values()) {
            if (d.name().equals(value)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
