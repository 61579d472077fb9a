package no.minside.common;

import java.util.List;

/** A form that breaks one or more rules: nothing was saved or counted, and every problem is reported at once. */
public class InvalidFormException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidFormException(List<Violation> violations) {
        super("Invalid form: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
