package no.minside.objections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/** The debtor's answer to support's question: text and files. */
public record ReplyForm(
        @RestForm @NotBlank(message = "reply_required") @Size(max = 4000, message = "text_too_long") String text,
        @RestForm("attachments") @PartType("application/octet-stream") List<FileUpload> attachments,
        @RestForm String submission) {

    public ReplyForm {
        attachments = attachments == null ? List.of() : attachments.stream()
                .filter(f -> f.fileName() != null && !f.fileName().isBlank() && f.size() > 0).toList();
    }
}
