package no.minside.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Creates API keys (creditors, the print service, channels) and the SHA-256 hashes they are stored and looked up by. */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key: 32 random bytes, URL-safe. High entropy is why a plain SHA-256 is a safe way to store it. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Longer keys than this are not keys: they are refused before any hashing or lookup. */
    private static final int MAX_LENGTH = 200;

    /** Whether the header could be a key at all. */
    public static boolean isPlausible(String key) {
        return key != null && !key.isBlank() && key.length() <= MAX_LENGTH;
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
