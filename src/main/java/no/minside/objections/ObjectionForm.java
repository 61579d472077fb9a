package no.minside.objections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/**
 * The objection form as posted (multipart): which claims (none ticked, or "whole", means the whole case), the
 * reason, the text and the files. {@code submission} is the form's one-time token.
 */
public record ObjectionForm(
        @RestForm @NotBlank(message = "reason_required") String reason,
        @RestForm @Size(max = 4000, message = "text_too_long") String text,
        @RestForm("claims") List<String> claims,
        @RestForm("attachments") @PartType("application/octet-stream") List<FileUpload> attachments,
        @RestForm String submission) {

    public ObjectionForm {
        claims = claims == null ? List.of() : List.copyOf(claims);
        attachments = attachments == null ? List.of() : attachments.stream()
                .filter(f -> f.fileName() != null && !f.fileName().isBlank() && f.size() > 0).toList();
    }

    /** What was typed, for showing the form again: the files cannot come back, the rest does. */
    public String textOrEmpty() {
        return text == null ? "" : text;
    }
}
