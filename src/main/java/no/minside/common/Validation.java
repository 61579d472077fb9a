package no.minside.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean validation the two ways the application answers bad input: for the JSON APIs, every invalid field with an
 * English message, named as the client wrote it ({@code debtor.nationalId}, {@code claims[0].principal}); for
 * forms, violations with message keys that the web edge puts in the visitor's language.
 */
public final class Validation {

    /** Constraint attributes that a form message may name, in the order the message takes them. */
    private static final List<String> MESSAGE_ARGS = List.of("max", "min", "value");

    private Validation() {
    }

    /** Every bean-validation failure of an API request, named as the client wrote the field. */
    public static List<FieldError> fieldErrors(Validator validator, Object request) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(request).forEach(v -> errors.add(new FieldError(fieldName(v.getPropertyPath()),
                v.getMessage())));
        return errors;
    }

    /** Refuses the API request with every error at once, sorted by field; does nothing when there are none. */
    public static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing(FieldError::field));
            throw new InvalidRequestException(sorted);
        }
    }

    /**
     * Checks a form bound to a record: its constraint annotations (whose {@code message} is a key in the form's
     * message bundle), then the rules in order. Throws {@link InvalidFormException} with everything found.
     */
    @SafeVarargs
    public static <T> void check(Validator validator, T form, FormRule<T>... rules) {
        Violations found = new Violations();
        List<String> order = fieldOrder(form.getClass());
        validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> position(order, v))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .forEach(v -> {
                    String field = fieldName(v.getPropertyPath());
                    if (!found.has(field)) {
                        found.add(field, v.getMessageTemplate(), messageArgs(v.getConstraintDescriptor()));
                    }
                });
        for (FormRule<T> rule : rules) {
            rule.check(form, found);
        }
        found.throwIfAny();
    }

    /** A record's fields in declaration order: the order the form shows them, and so the error summary's. */
    private static List<String> fieldOrder(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static int position(List<String> order, ConstraintViolation<?> violation) {
        int index = order.indexOf(fieldName(violation.getPropertyPath()));
        return index < 0 ? order.size() : index;
    }

    /** The attributes a message may name, those set on the annotation: {@code @Size(max = 4000)} gives [4000]. */
    private static Object[] messageArgs(jakarta.validation.metadata.ConstraintDescriptor<?> constraint) {
        Map<String, Object> attributes = constraint.getAttributes();
        Class<?> type = constraint.getAnnotation().annotationType();
        return MESSAGE_ARGS.stream().filter(attributes::containsKey)
                .filter(name -> !attributes.get(name).equals(defaultOf(type, name))).map(attributes::get).toArray();
    }

    private static Object defaultOf(Class<?> annotation, String attribute) {
        try {
            return annotation.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    public static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue; // "intake.arg0" says nothing to the client
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.toString();
    }
}
