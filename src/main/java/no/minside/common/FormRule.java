package no.minside.common;

/**
 * A rule about a form that an annotation cannot say (a field required only when a box is ticked, say). Rules run
 * after bean validation and may look at what it found, so a field gets one message, the most useful one.
 */
@FunctionalInterface
public interface FormRule<T> {

    void check(T form, Violations found);
}
