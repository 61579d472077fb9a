package no.minside.letters;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A letter as the print service gets it: what it says and, when it carries one, the PIN in clear. {@code pinLost}
 * says the letter's PIN can no longer be opened (the seal key was changed): do not print it; support orders a
 * new-PIN letter instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrintableLetter(long id, String caseNumber, LetterKind kind, Instant createdAt, JsonNode content,
                              String pin, Boolean pinLost) {
}
