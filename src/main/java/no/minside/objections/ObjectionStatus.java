package no.minside.objections;

/** Where an objection stands. OPEN and INFO_REQUESTED hold the case; UPHELD and REJECTED end the pause. */
public enum ObjectionStatus {
    OPEN,
    INFO_REQUESTED,
    UPHELD,
    REJECTED;

    public boolean isOpen() {
        return this == OPEN || this == INFO_REQUESTED;
    }
}
