package no.minside.objections;

/** What an upheld objection does to one of the claims it is about. */
public enum ClaimOutcome {
    /** The claim goes, with its collection costs. */
    CANCEL,
    /** The claim's principal becomes a lower amount; the fees follow the new band. */
    REDUCE,
    /** The claim stands, though the objection was upheld for others. */
    KEEP;

    /** The outcome a form row names; a row left out means the claim is cancelled; an unknown value is empty. */
    static java.util.Optional<ClaimOutcome> parse(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.of(CANCEL);
        }
        for (ClaimOutcome o : values()) {
            if (o.name().equals(value)) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }
}
