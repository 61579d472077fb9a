package no.minside.letters;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** A letter as the print service gets it: what it says and, when it carries one, the PIN in clear. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrintableLetter(long id, String caseNumber, LetterKind kind, Instant createdAt, JsonNode content,
                              String pin) {
}
