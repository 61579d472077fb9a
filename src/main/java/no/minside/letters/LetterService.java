package no.minside.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The agency's letters: issued when a case is opened, when the payment demand goes out, when support orders a new
 * PIN; fetched by the print service with the PINs they carry; marked printed, after which the PIN is gone.
 */
@ApplicationScoped
public class LetterService {

    /** The most letters one fetch returns; the print service fetches again after marking them printed. */
    public static final int MAX_BATCH = 200;

    private final LetterRepository letters;
    private final PinSeal seal;
    private final ObjectMapper json;
    private final TimeSource time;
    private final AuditLog audit;

    LetterService(LetterRepository letters, PinSeal seal, ObjectMapper json, TimeSource time, AuditLog audit) {
        this.letters = letters;
        this.seal = seal;
        this.json = json;
        this.time = time;
        this.audit = audit;
    }

    /**
     * Stores a letter to print. {@code content} is any value that serialises to JSON (a record of the letter's
     * fields); {@code pin} is null for a letter that carries none. Joins the caller's transaction.
     */
    @Transactional
    public Letter issue(long caseId, String caseNumber, LetterKind kind, Object content, String pin) {
        Letter letter = new Letter();
        letter.caseId = caseId;
        letter.caseNumber = caseNumber;
        letter.kind = kind;
        letter.content = toJson(content);
        letter.pinSealed = pin == null ? null : seal.seal(pin, caseNumber);
        letter.createdAt = time.now();
        letters.persist(letter);
        return letter;
    }

    /**
     * The letters waiting to be printed after {@code afterId} (0 for all), oldest first, with their PINs: the only
     * way anyone reads a PIN.
     */
    @Transactional
    public List<PrintableLetter> waiting(long printClientId, long afterId, int limit) {
        List<Letter> batch = letters.findWaiting(afterId, Math.max(1, Math.min(limit, MAX_BATCH)));
        if (!batch.isEmpty()) {
            audit.record(AuditLog.Actor.CLIENT, printClientId, "LETTERS_FETCHED", "letters",
                    batch.size() + " letters, ids " + batch.get(0).id + "–" + batch.get(batch.size() - 1).id);
        }
        return batch.stream().map(this::printable).toList();
    }

    /** Marks a letter printed and forgets its PIN; marking it again changes nothing. */
    @Transactional
    public Instant markPrinted(long printClientId, long letterId) {
        Letter letter = letters.findByIdOptional(letterId).orElseThrow(() -> new NotFoundException("Letter"));
        if (letter.printedAt == null) {
            letter.printedAt = time.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
            letter.pinSealed = null;
            audit.record(AuditLog.Actor.CLIENT, printClientId, "LETTER_PRINTED", "case:" + letter.caseNumber,
                    "letter " + letter.id + " " + letter.kind);
        }
        return letter.printedAt;
    }

    /**
     * A case's PIN was replaced: letters still waiting carry the old one, which no longer works; they go out
     * without it (the new-PIN letter carries the new one).
     */
    @Transactional
    public void forgetWaitingPins(long caseId) {
        letters.update("pinSealed = null where caseId = ?1 and printedAt is null", caseId);
    }

    /** A case's letters, newest last, without PINs: for the debtor's letters archive and the staff case view. */
    @Transactional
    public List<Letter> ofCase(long caseId) {
        return letters.findByCase(caseId);
    }

    private PrintableLetter printable(Letter letter) {
        String pin = null;
        Boolean lost = null;
        if (letter.pinSealed != null) {
            pin = seal.tryOpen(letter.pinSealed, letter.caseNumber).orElse(null);
            if (pin == null) {
                // One unreadable seal must not stop the printing of every other letter.
                lost = true;
                Log.errorf("The PIN of letter %d (case %s) cannot be opened: LETTER_KEY changed? Order a new PIN.",
                        letter.id, letter.caseNumber);
            }
        }
        try {
            return new PrintableLetter(letter.id, letter.caseNumber, letter.kind, letter.createdAt,
                    json.readTree(letter.content), pin, lost);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Letter " + letter.id + " has unreadable content", e);
        }
    }

    private String toJson(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Letter content cannot be written as JSON", e);
        }
    }
}
