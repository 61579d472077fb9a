package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens for cookies (sessions, known devices) and the keyed hash they are stored as: a leaked table opens
 * nothing without the key, which comes from the environment (SESSION_KEY).
 */
@ApplicationScoped
public class TokenHash {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    TokenHash(SessionConfig config) {
        this.key = new SecretKeySpec(config.key().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 32 random bytes, URL-safe. */
    public String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a cookie value could be one of our tokens at all (43 URL-safe characters). */
    public static boolean isPlausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    public String hash(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
