package no.minside.staff;

import org.jboss.resteasy.reactive.RestForm;

/**
 * One change to an account, named by the button pressed ({@code change}); {@code role} goes with a change of role;
 * {@code version} is the account's version as the page showed it.
 */
public record AccountChangeForm(@RestForm String change, @RestForm String role, @RestForm String version) {

    /** The account's version the page was read at; -1 when it does not say (never current). */
    long seenVersion() {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    /** The changes an admin can make, as the buttons name them. */
    public enum Change {
        ROLE("role"), DISABLE("disable"), ENABLE("enable"), RESET_PASSWORD("reset-password"), UNLOCK("unlock"),
        RESET_TWO_FACTOR("reset-two-factor");

        public final String value;

        Change(String value) {
            this.value = value;
        }

        static java.util.Optional<Change> of(String value) {
            return java.util.Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
        }
    }
}
