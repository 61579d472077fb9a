package no.minside.auth;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import no.minside.audit.AuditLog;
import no.minside.common.SecretBox;
import no.minside.common.TimeSource;
import no.minside.staff.StaffConfig;
import no.minside.staff.StaffMember;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Staff members' second factor: the authenticator's TOTP secret (sealed with STAFF_KEY), the time step of the last
 * code accepted (so no code works twice), and ten one-time recovery codes stored as keyed hashes. Both are bound to
 * the account's username, which never changes: a sealed secret or a hash copied to another account opens nothing
 * there, and the dev-only demo accounts can be seeded in SQL. Runs inside the caller's transaction; a check locks
 * the member's row, so two requests with the same code cannot both pass.
 */
@ApplicationScoped
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    /** 31 letters and digits without look-alikes (no 0/o, 1/l/i): ten of them make about 49 bits a code. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_LENGTH = 10;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final TimeSource time;
    private final AuditLog audit;
    private final SecretBox secrets;
    private final SecretKeySpec recoveryKey;

    TwoFactorService(EntityManager em, TimeSource time, AuditLog audit, StaffConfig config) {
        this.em = em;
        this.time = time;
        this.audit = audit;
        this.secrets = new SecretBox("minside-staff-totp:", config.sealKey());
        try {
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest(("minside-staff-recovery:" + config.sealKey()).getBytes(StandardCharsets.UTF_8));
            this.recoveryKey = new SecretKeySpec(key, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A new TOTP secret of 160 bits (RFC 4226's recommendation), Base32 as authenticator apps take it. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base32.encode(bytes);
    }

    /** A code as typed, without spaces and hyphens, in lower case. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Six digits: a code from the app. */
    public static boolean isAppCode(String normalised) {
        return normalised.matches("[0-9]{" + Totp.DIGITS + "}");
    }

    /** Ten letters and digits: a recovery code. */
    public static boolean isRecoveryCode(String normalised) {
        return normalised.matches("[a-z0-9]{" + RECOVERY_LENGTH + "}");
    }

    public boolean enrolled(long staffId) {
        return em.find(SecondFactor.class, staffId) != null;
    }

    /** Which of these accounts have an authenticator set up. */
    public Set<Long> enrolledAmong(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select f.staffId from SecondFactor f where f.staffId in ?1", Long.class)
                .setParameter(1, staffIds).getResultList());
    }

    /**
     * Whether the code logs this member in: a code from the app for now or one step either side, newer than the last
     * one accepted, or an unused recovery code, which is used up by it.
     */
    public boolean verify(StaffMember member, String typed) {
        long staffId = member.id();
        SecondFactor factor = em.find(SecondFactor.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null) {
            return false;
        }
        String code = normalise(typed);
        if (isAppCode(code)) {
            Optional<byte[]> secret = secret(factor, member.username());
            if (secret.isEmpty()) {
                Log.warnf("The authenticator secret of staff account %d cannot be opened (STAFF_KEY changed?): an "
                        + "admin resets its two-factor login", staffId);
                return false;
            }
            OptionalLong step = Totp.match(secret.get(), code, time.now(), factor.lastStep);
            step.ifPresent(s -> factor.lastStep = s);
            return step.isPresent();
        }
        if (!isRecoveryCode(code)) {
            return false;
        }
        int used = em.createNativeQuery("update staff_recovery_code set used_at = ?1 where staff_id = ?2 "
                        + "and code_hash = ?3 and used_at is null")
                .setParameter(1, time.now()).setParameter(2, staffId).setParameter(3, recoveryHash(member.username(), code))
                .executeUpdate();
        if (used == 0) {
            return false;
        }
        Number left = (Number) em.createNativeQuery("select count(*) from staff_recovery_code where staff_id = ?1 "
                + "and used_at is null").setParameter(1, staffId).getSingleResult();
        audit.record(AuditLog.Actor.STAFF, staffId, "RECOVERY_CODE_USED", "staff:" + member.username(),
                "recovery codes left: " + left);
        return true;
    }

    /**
     * Sets up the member's authenticator with a secret a code has just been checked against ({@code usedStep}), in
     * place of any earlier one, and returns ten new recovery codes, to be shown once: only their hashes are kept.
     */
    public List<String> enrol(StaffMember member, String secret, long usedStep) {
        long staffId = member.id();
        reset(staffId);
        em.flush();
        SecondFactor factor = new SecondFactor();
        factor.staffId = staffId;
        factor.secretSealed = secrets.seal(secret, aad(member.username()));
        factor.enrolledAt = time.now();
        factor.lastStep = usedStep;
        em.persist(factor);
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        while (codes.size() < RECOVERY_CODES) {
            String code = newRecoveryCode();
            if (!codes.contains(code)) {
                codes.add(code);
                em.createNativeQuery("insert into staff_recovery_code (staff_id, code_hash) values (?1, ?2)")
                        .setParameter(1, staffId).setParameter(2, recoveryHash(member.username(), normalise(code)))
                        .executeUpdate();
            }
        }
        audit.record(AuditLog.Actor.STAFF, staffId, "TWO_FACTOR_ENROLLED", "staff:" + member.username(),
                "two-factor: not set up -> set up; recovery codes: " + RECOVERY_CODES);
        return codes;
    }

    /** Removes the authenticator and the recovery codes. */
    public void reset(long staffId) {
        em.createNativeQuery("delete from staff_recovery_code where staff_id = ?1").setParameter(1, staffId)
                .executeUpdate();
        em.createNativeQuery("delete from staff_second_factor where staff_id = ?1").setParameter(1, staffId)
                .executeUpdate();
    }

    /** Seals a secret or recovery codes for a login halfway, for that member only. */
    String sealForStep(String plain, long staffId) {
        return secrets.seal(plain, "step:" + staffId);
    }

    String openForStep(String sealed, long staffId) {
        return secrets.open(sealed, "step:" + staffId);
    }

    /** The secret, or empty when it was sealed with another STAFF_KEY or for another account. */
    private Optional<byte[]> secret(SecondFactor factor, String username) {
        return secrets.tryOpen(factor.secretSealed, aad(username)).map(Base32::decode);
    }

    private static String aad(String username) {
        return "staff:" + username;
    }

    /** Shown as two groups of five: {@code k7m2p-xq9ta}. */
    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECOVERY_LENGTH; i++) {
            if (i == RECOVERY_LENGTH / 2) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private String recoveryHash(String username, String normalisedCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(recoveryKey);
            return HexFormat.of().formatHex(mac.doFinal((username + ":" + normalisedCode)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
