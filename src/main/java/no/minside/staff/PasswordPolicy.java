package no.minside.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.Violations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Staff passwords as NIST SP 800-63B (5.1.1.2) asks: long enough, no composition rules, not one of the common
 * passwords shipped with the app (staff/common-passwords.txt, made by src/test/setup/common-passwords.sh), compared
 * without regard to case, and not built on the account's own username or name. Passwords are compared in Unicode
 * normal form NFKC, so the same password typed on two keyboards is the same password.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** Characters a password needs at least. */
    public static final int MIN_LENGTH = 12;
    /** At most: bcrypt reads a password's first 72 bytes, which 64 characters of any European script fit in. */
    public static final int MAX_LENGTH = 64;
    /** Name parts shorter than this ("Ola", "Li") may well turn up in an unrelated passphrase. */
    private static final int NAME_PART_MIN = 4;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("/staff/common-passwords.txt");
    }

    /** The password as it is hashed and checked: NFKC. */
    public static String normalise(String password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** Adds what is wrong with the new password to {@code found}, under {@code field}. */
    public void check(String field, String password, String username, String displayName, String currentHash,
                      Violations found) {
        String typed = normalise(password);
        int length = typed.codePointCount(0, typed.length());
        String lower = typed.toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            found.add(field, "password_required");
        } else if (length < MIN_LENGTH) {
            found.add(field, "password_too_short", MIN_LENGTH);
        } else if (length > MAX_LENGTH) {
            found.add(field, "password_too_long", MAX_LENGTH);
        } else if (isCommon(lower)) {
            found.add(field, "password_common");
        } else if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            found.add(field, "password_contains_username");
        } else if (containsName(lower, displayName)) {
            found.add(field, "password_contains_name");
        } else if (currentHash != null && BcryptUtil.matches(typed, currentHash)) {
            found.add(field, "password_same_as_before");
        }
    }

    /** Whether the password is on the list of common passwords, in any case. */
    public boolean isCommon(String password) {
        return common.contains(normalise(password).toLowerCase(Locale.ROOT));
    }

    /** The whole name without its spaces, or any part of it long enough to mean something. */
    private static boolean containsName(String lowerPassword, String displayName) {
        String name = normalise(displayName).toLowerCase(Locale.ROOT);
        String compact = lowerPassword.replaceAll("[\\s._-]", "");
        if (!name.isBlank() && compact.contains(name.replaceAll("[\\s._-]", ""))) {
            return true;
        }
        for (String part : name.split("[\\s._-]+")) {
            if (part.codePointCount(0, part.length()) >= NAME_PART_MIN && lowerPassword.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    words.add(normalise(line).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
