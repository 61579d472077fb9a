package no.minside.auth.bankid;

/**
 * A BankID outcome that is a page of its own rather than the overview: no cases on the person, a login below the
 * required level, or BankID not offered here.
 */
public record BankIdView(Kind kind) {

    /** Which page. */
    public enum Kind { NO_CASES, LEVEL_TOO_LOW, UNAVAILABLE }

    static BankIdView ofNoCases() {
        return new BankIdView(Kind.NO_CASES);
    }

    static BankIdView ofLevelTooLow() {
        return new BankIdView(Kind.LEVEL_TOO_LOW);
    }

    static BankIdView ofUnavailable() {
        return new BankIdView(Kind.UNAVAILABLE);
    }

    public boolean noCases() {
        return kind == Kind.NO_CASES;
    }

    public boolean levelTooLow() {
        return kind == Kind.LEVEL_TOO_LOW;
    }

    public boolean unavailable() {
        return kind == Kind.UNAVAILABLE;
    }
}
