package no.minside.creditors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.ApiKeys;
import no.minside.common.EmailAddress;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Violations;
import no.minside.fees.AllocationOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an admin may change about a creditor: its allocation order, plan policy overrides, the surcharge waiver,
 * VAT registration and contact, and its API key. Every change is audited with the old and new values; a change made
 * from a page older than the row is refused rather than written over another admin's.
 */
@ApplicationScoped
public class CreditorAdminService {

    /** The grace periods an admin may give the old key after a rotation, in days (0: it stops at once). */
    public static final List<Integer> GRACE_DAYS = List.of(0, 1, 7, 30);

    static final BigDecimal MAX_MIN_INSTALMENT = new BigDecimal("100000");
    static final BigDecimal MIN_AUTO_APPROVE = new BigDecimal("1000");
    static final BigDecimal MAX_AUTO_APPROVE = new BigDecimal("5000000");

    private final CreditorRepository creditors;
    private final EntityManager em;
    private final AuditLog audit;
    private final TimeSource time;
    private final CreditorAuthenticator keys;

    CreditorAdminService(CreditorRepository creditors, EntityManager em, AuditLog audit, TimeSource time,
                         CreditorAuthenticator keys) {
        this.keys = keys;
        this.creditors = creditors;
        this.em = em;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public List<Creditor> list() {
        return creditors.listByName();
    }

    @Transactional
    public Creditor get(long id) {
        return creditors.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Creditor"));
    }

    /**
     * Saves the change, or throws what is wrong with it.
     *
     * @throws no.minside.common.InvalidFormException  naming each bad field
     * @throws CreditorChangedMeanwhileException       when the row changed since the admin's page was shown
     */
    @Transactional
    public void update(long id, CreditorPolicyChange change, Violations found, long staffId) {
        Creditor c = get(id);
        check(change, found);
        found.throwIfAny();
        if (c.version != change.version()) {
            throw new CreditorChangedMeanwhileException();
        }
        List<String> changed = new ArrayList<>();
        AllocationOrder order = change.allocationOrder() == AllocationOrder.COSTS_INTEREST_PRINCIPAL
                ? null : change.allocationOrder();
        note(changed, "allocationOrder", c.effectiveAllocationOrder(), change.allocationOrder());
        c.allocationOrder = order;
        note(changed, "vatRegistered", c.vatRegistered, change.vatRegistered());
        c.vatRegistered = change.vatRegistered();
        note(changed, "surchargeWaived", c.planSurchargeWaived, change.surchargeWaived());
        c.planSurchargeWaived = change.surchargeWaived();
        note(changed, "minInstalment", plain(c.planMinInstalment), plain(change.minInstalment()));
        c.planMinInstalment = change.minInstalment();
        note(changed, "autoApproveMax", plain(c.planAutoApproveMax), plain(change.autoApproveMax()));
        c.planAutoApproveMax = change.autoApproveMax();
        Integer[] months = change.maxMonths().isEmpty() ? null : change.maxMonths().toArray(Integer[]::new);
        note(changed, "maxMonths", Arrays.toString(c.planMaxMonths), Arrays.toString(months));
        c.planMaxMonths = months;
        note(changed, "contactName", c.contactName, change.contactName());
        c.contactName = change.contactName();
        note(changed, "contactEmail", c.contactEmail, change.contactEmail());
        c.contactEmail = change.contactEmail();
        note(changed, "contactPhone", c.contactPhone, change.contactPhone());
        c.contactPhone = change.contactPhone();
        if (changed.isEmpty()) {
            return;
        }
        em.flush(); // the row's version is checked here: a race lost between the check above and now fails too
        keys.forgetWhenDone();
        audit.record(AuditLog.Actor.STAFF, staffId, "CREDITOR_CHANGED", "creditor:" + id, String.join("; ", changed));
    }

    /**
     * Gives the creditor a new key, shown once; the old one keeps working for {@code graceDays}.
     *
     * @param seenKey the key fingerprint on the admin's page: a second click finds another and rotates nothing
     * @throws KeyAlreadyRotatedException when the key changed since the page was shown
     */
    @Transactional
    public CreditorKeys rotateKey(long id, String seenKey, int graceDays, long staffId) {
        if (!GRACE_DAYS.contains(graceDays)) {
            throw new IllegalArgumentException("grace days not offered: " + graceDays);
        }
        Creditor c = em.find(Creditor.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("Creditor");
        }
        if (!fingerprint(c).equals(seenKey)) {
            throw new KeyAlreadyRotatedException();
        }
        Instant now = time.now();
        String key = ApiKeys.newKey();
        if (graceDays > 0) {
            c.previousApiKeyHash = c.apiKeyHash;
            c.previousKeyValidUntil = now.plus(Duration.ofDays(graceDays));
        } else {
            c.previousApiKeyHash = null;
            c.previousKeyValidUntil = null;
        }
        c.apiKeyHash = ApiKeys.hash(key);
        c.keyRotatedAt = now;
        em.flush();
        keys.forgetWhenDone();
        audit.record(AuditLog.Actor.STAFF, staffId, "CREDITOR_KEY_ROTATED", "creditor:" + id,
                graceDays == 0 ? "old key stopped at once" : "old key valid until " + c.previousKeyValidUntil);
        return new CreditorKeys(c.name, key, c.previousKeyValidUntil);
    }

    /** A short, harmless mark of the current key (from its hash): the page carries it so a rotation happens once. */
    public static String fingerprint(Creditor c) {
        return c.apiKeyHash.substring(0, 12);
    }

    /** Whether the old key of the last rotation still works. */
    public boolean inGrace(Creditor c) {
        return c.previousKeyValidUntil != null && c.previousKeyValidUntil.isAfter(time.now());
    }

    private static void check(CreditorPolicyChange change, Violations found) {
        if (change.allocationOrder() == null && !found.has("allocationOrder")) {
            found.add("allocationOrder", "allocation_required");
        }
        BigDecimal min = change.minInstalment();
        if (min != null && (min.signum() <= 0 || min.compareTo(MAX_MIN_INSTALMENT) > 0)) {
            found.add("minInstalment", "min_instalment_range");
        }
        BigDecimal ceiling = change.autoApproveMax();
        if (ceiling != null && (ceiling.compareTo(MIN_AUTO_APPROVE) < 0 || ceiling.compareTo(MAX_AUTO_APPROVE) > 0)) {
            found.add("autoApproveMax", "auto_approve_range");
        }
        if (change.contactName() != null && change.contactName().length() > 200) {
            found.add("contactName", "text_too_long", 200);
        }
        if (change.contactEmail() != null && !EmailAddress.isValid(change.contactEmail())) {
            found.add("contactEmail", "email_invalid");
        }
        if (change.contactPhone() != null && !change.contactPhone().matches("\\+?[0-9 ]{8,19}")) {
            found.add("contactPhone", "phone_invalid");
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static void note(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": " + (before == null ? "default" : before) + " → "
                    + (after == null ? "default" : after));
        }
    }
}
