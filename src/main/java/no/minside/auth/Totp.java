package no.minside.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238 over the HOTP of RFC 4226) as every authenticator app makes them:
 * HMAC-SHA1, 6 digits, 30-second steps counted from the Unix epoch.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps either side of now that are still accepted, for a phone whose clock is a little off. */
    public static final int DRIFT_STEPS = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /** RFC 4226 section 5.3: the HMAC of the counter, dynamically truncated, as {@code digits} decimal digits. */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JVM", e);
        }
    }

    /**
     * The step whose code this is, looking at now and {@link #DRIFT_STEPS} either side, and only at steps after
     * {@code lastUsedStep}: a code that was accepted once (or any older one) is never accepted again.
     */
    public static OptionalLong match(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || code.length() != DIGITS) {
            return OptionalLong.empty();
        }
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
            // Every candidate is computed and compared in constant time, so the answer's timing tells nothing.
            boolean same = MessageDigest.isEqual(typed, code(secret, s).getBytes(StandardCharsets.US_ASCII));
            if (same && s > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }
}
