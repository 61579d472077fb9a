package no.minside.common;

import java.util.ArrayList;
import java.util.List;

/** The violations found so far in one form, in the order of the form's fields as first found. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String key, Object... args) {
        list.add(Violation.of(field, key, args));
        return this;
    }

    /** Whether the field already has a problem: then a later rule leaves it alone. */
    public boolean has(String field) {
        return list.stream().anyMatch(v -> v.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** Refuses the form with everything found; does nothing when all is well. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidFormException(list);
        }
    }
}
