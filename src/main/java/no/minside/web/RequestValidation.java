package no.minside.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import no.minside.common.FieldError;
import no.minside.common.InvalidRequestException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Names invalid fields the way a client wrote them: {@code debtor.nationalId}, {@code claims[0].principal}. */
public final class RequestValidation {

    private RequestValidation() {
    }

    /** Every bean-validation failure of {@code request}, named as the client wrote the field. */
    public static List<FieldError> violations(Validator validator, Object request) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(request).forEach(v -> errors.add(new FieldError(fieldName(v.getPropertyPath()),
                v.getMessage())));
        return errors;
    }

    /** Refuses the request with every error at once, sorted by field; does nothing when there are none. */
    public static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing(FieldError::field));
            throw new InvalidRequestException(sorted);
        }
    }

    public static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
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

    public static String fieldName(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
