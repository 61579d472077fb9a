package no.minside.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.minside.common.FieldError;

import java.util.List;

/** An RFC 9457 problem details body: what went wrong, for whom to fix, and never a stack trace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String reference,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
