package no.minside.letters;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

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

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    PinSeal(Config config) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("minside-letter-pin:" + config.sealKey()).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public String seal(String pin, String caseNumber) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseNumber.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(pin.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    /** The PIN, or empty when the seal was made with another key (LETTER_KEY was changed) or for another case. */
    public java.util.Optional<String> tryOpen(String sealed, String caseNumber) {
        try {
            return java.util.Optional.of(open(sealed, caseNumber));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The PIN, or an exception when the seal was made with another key or for another case. */
    public String open(String sealed, String caseNumber) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(caseNumber.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The PIN of a letter for case " + caseNumber + " cannot be opened", e);
        }
    }
}
