package no.minside.common;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals short secrets for storage (AES-256-GCM, a fresh nonce each time, associated data binding a sealed value to
 * what it belongs to), so a copy of the database alone holds nothing readable. The AES key is the SHA-256 of a
 * purpose label and a secret from the environment: one secret can serve several purposes without one seal opening
 * another's values. Stored as Base64 of nonce and ciphertext.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /**
     * One cipher per thread, initialised afresh for each value (a new nonce each time): looking the algorithm up was
     * half the cost of a seal, which every new case pays for its letter's PIN.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    });

    /** @param purpose a label that ends in a colon, such as {@code "minside-letter-pin:"} */
    public SecretBox(String purpose, String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((purpose + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public String seal(String plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    /** The plain value, or empty when it was sealed with another key or for other associated data. */
    public Optional<String> tryOpen(String sealed, String associatedData) {
        try {
            return Optional.of(open(sealed, associatedData));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The plain value.
     *
     * @throws IllegalStateException when it was sealed with another key or for other associated data
     */
    public String open(String sealed, String associatedData) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("Too short to be a sealed value");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed value cannot be opened with this key for " + associatedData, e);
        }
    }
}
