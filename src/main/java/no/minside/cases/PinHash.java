package no.minside.cases;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How a letter PIN is stored: {@code h1$salt$mac}, an HMAC-SHA256 of a random salt and the PIN keyed with a secret
 * from the environment (PIN_KEY, OWASP's "pepper"), never kept in the database.
 *
 * <p>Why not bcrypt, which PINs were stored with before: a PIN has eight digits, 10<sup>8</sup> values. Against a
 * leaked database bcrypt only slows the search (at cost 10, a few GPU-hours per case), while the pepper stops it:
 * without the key a stolen hash cannot be tested at any speed. Online guessing is held back by the login throttle
 * either way. And bcrypt made every new case cost ~70 ms of CPU, which held the creditor intake to ~19 cases/s;
 * the HMAC costs about a microsecond. Should the key leak together with the database, the PINs fall (the space is
 * small) — so PIN_KEY lives with the other secrets, apart from the database and its backups, and a PIN lives only
 * until support orders a new one. Hashes stored as bcrypt ({@code $2…}) are still checked, so old letters keep
 * working.
 */
@ApplicationScoped
public class PinHash {

    @ConfigMapping(prefix = "minside.pins")
    public interface PinConfig {
        /** At least 32 characters, from PIN_KEY in production, kept apart from the other keys and the database. */
        String key();
    }

    private static final String SCHEME = "h1$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /** One keyed MAC per thread: looking the algorithm up and keying it cost more than the MAC itself. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    /** Compared against when the case number is unknown, so both paths do the same work. */
    private final String dummy;

    public PinHash(PinConfig config) {
        if (config.key().length() < 32) {
            throw new IllegalStateException("minside.pins.key (PIN_KEY) must have at least 32 characters");
        }
        this.key = new SecretKeySpec(config.key().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.dummy = hash("00000000");
    }

    /** A fresh hash of the PIN, with a salt of its own (two cases with the same PIN store different values). */
    public String hash(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + encode(salt) + "$" + encode(mac(salt, pin));
    }

    /** Whether the typed PIN is the one behind the stored hash; false for no hash (an unknown case). */
    public boolean matches(String typed, String stored) {
        String pin = typed == null ? "" : typed;
        if (stored != null && stored.startsWith("$2")) {
            return BcryptUtil.matches(pin, stored);
        }
        boolean known = stored != null && stored.startsWith(SCHEME);
        String[] parts = (known ? stored : dummy).substring(SCHEME.length()).split("\\$", 2);
        if (parts.length != 2) {
            return false;
        }
        try {
            byte[] expected = Base64.getUrlDecoder().decode(parts[1]);
            return MessageDigest.isEqual(mac(Base64.getUrlDecoder().decode(parts[0]), pin), expected) && known;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private byte[] mac(byte[] salt, String pin) {
        Mac mac = macs.get();
        mac.update(salt);
        return mac.doFinal(pin.getBytes(StandardCharsets.UTF_8)); // doFinal leaves it ready for the next
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
