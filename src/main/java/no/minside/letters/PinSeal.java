package no.minside.letters;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.SecretBox;

/**
 * Seals a letter's PIN while it waits for the printer (AES-256-GCM, a fresh nonce each time, the letter's case number
 * as associated data), so a copy of the database alone holds no readable PIN. The key comes from the environment.
 */
@ApplicationScoped
public class PinSeal {

    /** The secret the PIN seal key is derived from. */
    @ConfigMapping(prefix = "minside.letters")
    public interface Config {

        /** At least 32 characters; from LETTER_KEY in production. */
        String sealKey();
    }

    private final SecretBox box;

    PinSeal(Config config) {
        this.box = new SecretBox("minside-letter-pin:", config.sealKey());
    }

    public String seal(String pin, String caseNumber) {
        return box.seal(pin, caseNumber);
    }

    /** The PIN, or empty when the seal was made with another key (LETTER_KEY was changed) or for another case. */
    public java.util.Optional<String> tryOpen(String sealed, String caseNumber) {
        return box.tryOpen(sealed, caseNumber);
    }

    /** The PIN, or an exception when the seal was made with another key or for another case. */
    public String open(String sealed, String caseNumber) {
        try {
            return box.open(sealed, caseNumber);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The PIN of a letter for case " + caseNumber + " cannot be opened", e);
        }
    }
}
