package no.minside.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.common.ApiKeys;
import no.minside.auth.Base32;
import no.minside.auth.SessionService;
import no.minside.auth.Totp;
import no.minside.auth.TwoFactorService;
import no.minside.common.TimeSource;
import no.minside.staff.StaffMember;
import no.minside.letters.PinSeal;
import no.minside.creditors.Creditor;

import java.util.concurrent.atomic.AtomicInteger;

/** Sets up the data a test needs, each test its own: creditors with fresh API keys, unique references and ids. */
@ApplicationScoped
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);
    private static final int[] NATIONAL_ID_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] NATIONAL_ID_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final EntityManager em;
    private final PinSeal seal;
    private final SessionService sessions;
    private final TwoFactorService twoFactor;
    private final TimeSource time;

    Fixtures(EntityManager em, PinSeal seal, SessionService sessions, TwoFactorService twoFactor, TimeSource time) {
        this.em = em;
        this.seal = seal;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.time = time;
    }

    /** The fixtures of the running test application, for helpers that are not beans themselves (WebClient). */
    public static Fixtures current() {
        return io.quarkus.arc.Arc.container().instance(Fixtures.class).get();
    }

    /** A creditor with a new API key; returns the key (only its hash is stored). */
    @Transactional
    public String creditor(boolean vatRegistered) {
        String key = ApiKeys.newKey();
        Creditor c = new Creditor();
        c.name = "Test Creditor " + SEQUENCE.incrementAndGet();
        c.organisationNumber = organisationNumber();
        c.vatRegistered = vatRegistered;
        c.apiKeyHash = ApiKeys.hash(key);
        em.persist(c);
        return key;
    }

    /** The database id of the creditor with this API key: the admin pages address creditors by id. */
    @Transactional
    public long creditorId(String apiKey) {
        return ((Number) em.createNativeQuery("select id from creditor where api_key_hash = ?1")
                .setParameter(1, ApiKeys.hash(apiKey)).getSingleResult()).longValue();
    }

    /** A case opened through the intake API, with what the letter prints (the PIN the debtor logs in with). */
    public record OpenedCase(String apiKey, String caseNumber, String pin, String kid) {
    }

    public OpenedCase openCase(java.util.Map<String, Object> intakeRequest) {
        return openCase(creditor(true), intakeRequest);
    }

    /** A case opened through the intake API with this creditor's key; the PIN is read from the letter it issued. */
    public OpenedCase openCase(String creditorKey, java.util.Map<String, Object> intakeRequest) {
        io.restassured.response.ValidatableResponse answer = io.restassured.RestAssured.given()
                .header("X-Api-Key", creditorKey).contentType("application/json").body(intakeRequest)
                .post("/api/v1/cases").then().statusCode(201);
        String caseNumber = answer.extract().path("caseNumber");
        return new OpenedCase(creditorKey, caseNumber, letterPin(caseNumber), answer.extract().path("kid"));
    }

    /**
     * Prints the case's letters as the print service would (their PINs are gone afterwards) and returns the PIN of
     * the newest one that carried one; null when none did. Tests use it when the letter itself is not the subject.
     */
    @Transactional
    public String letterPin(String caseNumber) {
        @SuppressWarnings("unchecked")
        java.util.List<String> sealed = em.createNativeQuery("select pin_sealed from letter where case_number = ?1 "
                + "and pin_sealed is not null order by id desc").setParameter(1, caseNumber).getResultList();
        em.createNativeQuery("update letter set printed_at = now(), pin_sealed = null where case_number = ?1 "
                + "and printed_at is null").setParameter(1, caseNumber).executeUpdate();
        return sealed.isEmpty() ? null : seal.open(sealed.get(0), caseNumber);
    }

    /**
     * A session like the one a BankID login gives (without the round trip through the provider): the person proved
     * who they are, so it sees every case on their national id and may change their own details. Returns the cookie
     * value.
     */
    public String identitySession(String nationalId) {
        return sessions.startIdentitySession(debtorId(nationalId), null);
    }

    @Transactional
    public long debtorId(String nationalId) {
        return ((Number) em.createNativeQuery("select id from debtor where national_id = ?1")
                .setParameter(1, nationalId).getSingleResult()).longValue();
    }

    /** The debtor's own (person-wide) e-mail address as stored. */
    @Transactional
    public String debtorEmail(String nationalId) {
        return (String) em.createNativeQuery("select email from debtor where national_id = ?1")
                .setParameter(1, nationalId).getSingleResult();
    }

    /** Seals the case's waiting PIN with a key the application does not have, as after a changed LETTER_KEY. */
    @Transactional
    public void sealLetterWithAnotherKey(String caseNumber) {
        em.createNativeQuery("update letter set pin_sealed = ?1 where case_number = ?2 and pin_sealed is not null")
                .setParameter(1, java.util.Base64.getEncoder().encodeToString(new byte[40]))
                .setParameter(2, caseNumber).executeUpdate();
    }

    /** A key of the print service's kind; returns the key (only its hash is stored). */
    @Transactional
    public String printServiceKey() {
        return apiClient("PRINT");
    }

    /** An API client of the kind (PRINT or CHANNEL) with a new key; returns the key. */
    @Transactional
    public String apiClient(String kind) {
        String key = ApiKeys.newKey();
        em.createNativeQuery("insert into api_client (name, kind, key_hash) values (?1, ?2, ?3)")
                .setParameter(1, "Test " + kind + " " + SEQUENCE.incrementAndGet()).setParameter(2, kind)
                .setParameter(3, ApiKeys.hash(key)).executeUpdate();
        return key;
    }

    /**
     * A staff account with this role and its authenticator set up with {@link #totpSecret(String)}; returns its
     * username (the password is {@link #STAFF_PASSWORD}). {@link WebClient#loginAsStaff} logs in with both factors.
     */
    @Transactional
    public String staff(String role) {
        no.minside.staff.StaffAccount account = newStaffAccount(role);
        twoFactor.enrol(new StaffMember(account.id, account.username, account.displayName, role),
                totpSecret(account.username), 0);
        return account.username;
    }

    /** A staff account with no authenticator yet: its next login sets one up. */
    @Transactional
    public String staffWithoutTwoFactor(String role) {
        return newStaffAccount(role).username;
    }

    private no.minside.staff.StaffAccount newStaffAccount(String role) {
        no.minside.staff.StaffAccount account = new no.minside.staff.StaffAccount();
        account.username = role + "." + SEQUENCE.incrementAndGet();
        account.displayName = "Test " + role;
        account.passwordHash = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(STAFF_PASSWORD);
        account.role = role;
        em.persist(account);
        em.flush();
        return account;
    }

    /** The authenticator secret {@link #staff} sets up for an account: made from the username, so tests know it. */
    public static String totpSecret(String username) {
        try {
            return Base32.encode(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(("test-totp:" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A code the account's authenticator app would show now that the login will take: the current 30-second step's
     * code, or, when that one was used already (a second login within the step), the next step's, which the login
     * also accepts for a phone clock that runs a little fast. Never the previous step's: on a slow machine the step
     * may turn before the code arrives, and the previous one would then be too old.
     */
    @Transactional
    public String staffCode(String username) {
        long id = staffId(username);
        long lastStep = ((Number) em.createNativeQuery("select last_step from staff_second_factor where staff_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        long now = Totp.step(time.now());
        byte[] secret = Base32.decode(totpSecret(username));
        for (long step = now; step <= now + Totp.DRIFT_STEPS; step++) {
            if (step > lastStep) {
                return Totp.code(secret, step);
            }
        }
        throw new AssertionError("The codes of now and the next step were used already: more than two logins as "
                + username + " within 30 s. Shift the test clock between them.");
    }

    @Transactional
    public long staffId(String username) {
        return ((Number) em.createNativeQuery("select id from staff_account where username = ?1")
                .setParameter(1, username).getSingleResult()).longValue();
    }

    /** One row of the audit trail, as a test reads it. */
    public record AuditRow(String actorType, Long actorId, String action, String target, String detail) {
    }

    /** The audit trail of one target ({@code staff:<username>}, say), oldest first. */
    @Transactional
    public java.util.List<AuditRow> audit(String target) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("select actor_type, actor_id, action, target, detail "
                + "from audit_log where target = ?1 order by at, id").setParameter(1, target).getResultList();
        return rows.stream().map(r -> new AuditRow((String) r[0], r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** Runs a statement below the pages, for a state a test cannot reach through them quickly. */
    @Transactional
    public int execute(String sql, Object... parameters) {
        return query(sql, parameters).executeUpdate();
    }

    private jakarta.persistence.Query query(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** The one value a query below the pages answers with. */
    @Transactional
    public Object single(String sql, Object... parameters) {
        return query(sql, parameters).getSingleResult();
    }

    public static final String STAFF_PASSWORD = "correct horse battery";

    /** The database id of a case, for the parts of a test that work below the web pages. */
    @Transactional
    public long caseId(String caseNumber) {
        return ((Number) em.createNativeQuery("select id from collection_case where case_number = ?1")
                .setParameter(1, caseNumber).getSingleResult()).longValue();
    }

    /** The database id of an objection by its reference: the staff pages address objections by id. */
    @Transactional
    public long objectionId(String reference) {
        return ((Number) em.createNativeQuery("select id from objection where reference = ?1")
                .setParameter(1, reference).getSingleResult()).longValue();
    }

    /** The database id of a payment plan by its reference: the officers' pages address plans by id. */
    @Transactional
    public long planId(String reference) {
        return ((Number) em.createNativeQuery("select id from payment_plan where reference = ?1")
                .setParameter(1, reference).getSingleResult()).longValue();
    }

    /** How many rows a table has: to show that a refused request stored nothing. */
    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    public static String reference() {
        return "REF-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A national id that no other test uses: born on a date derived from a counter, with valid control digits. */
    public static String nationalId() {
        while (true) {
            int n = SEQUENCE.incrementAndGet();
            String prefix = String.format("%02d%02d%02d%03d", 1 + n % 28, 1 + (n / 28) % 12, 50 + (n / 336) % 50,
                    100 + n % 800);
            int[] d = prefix.chars().map(ch -> ch - '0').toArray();
            Integer k1 = control(d, NATIONAL_ID_K1);
            if (k1 == null) {
                continue;
            }
            int[] withK1 = java.util.Arrays.copyOf(d, 10);
            withK1[9] = k1;
            Integer k2 = control(withK1, NATIONAL_ID_K2);
            if (k2 != null) {
                return prefix + k1 + k2;
            }
        }
    }

    /** An organisation number with a valid control digit that no other test uses. */
    public static String organisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String prefix = String.valueOf(80_000_000 + SEQUENCE.incrementAndGet() * 7 % 19_999_999);
            Integer k = control(prefix.chars().map(ch -> ch - '0').toArray(), weights);
            if (k != null) {
                return prefix + k;
            }
        }
    }

    private static Integer control(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int k = 11 - sum % 11;
        if (k == 10) {
            return null;
        }
        return k == 11 ? 0 : k;
    }
}
