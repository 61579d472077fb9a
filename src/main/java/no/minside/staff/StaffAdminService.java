package no.minside.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.common.InvalidFormException;
import no.minside.common.NotFoundException;
import no.minside.common.Roles;
import no.minside.common.SecretBox;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Violation;
import no.minside.common.Visitor;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The admin's work on staff accounts: create, change the role, disable and enable, reset the password, lift a lock,
 * reset the two-factor login. Each change is audited with who made it, when, and the old and new values; the last
 * active admin can be neither disabled nor demoted. Only admins reach it (the resource checks the role, and every
 * change checks again that the actor is still an active admin).
 */
@ApplicationScoped
public class StaffAdminService {

    /** Letters and digits that no font mixes up (no 0/O, 1/l/I): a one-time password is read out or typed over. */
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
    private static final int PASSWORD_GROUPS = 4;
    private static final int PASSWORD_GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccountRepository accounts;
    private final StaffLogins logins;
    private final AuditLog audit;
    private final TimeSource time;
    private final Validator validator;
    private final StaffConfig config;
    private final SecretBox box;

    StaffAdminService(StaffAccountRepository accounts, StaffLogins logins, AuditLog audit, TimeSource time,
                      Validator validator, StaffConfig config) {
        this.accounts = accounts;
        this.logins = logins;
        this.audit = audit;
        this.time = time;
        this.validator = validator;
        this.config = config;
        this.box = new SecretBox("minside-staff-issued-password:", config.sealKey());
    }

    /** Every account with its login state, by username, in three queries. */
    @Transactional
    public List<StaffAdminViews.AccountRow> list() {
        List<StaffAccount> all = accounts.listByUsername();
        Map<Long, StaffLogins.LoginState> states = logins.states(all.stream().map(StaffMember::of).toList());
        return all.stream().map(a -> row(a, states.get(a.id))).toList();
    }

    /**
     * One account's page. When the admin looking issued its one-time password and has not seen it yet, it is shown
     * now and then forgotten: it is never shown again.
     */
    @Transactional
    public StaffAdminViews.AccountPage account(Visitor admin, long id) {
        StaffAccount account = accounts.lock(id).orElseThrow(() -> new NotFoundException("Staff account " + id));
        String issued = null;
        if (account.issuedPasswordSealed != null) {
            if (admin.staffId().equals(account.issuedPasswordBy) && account.issuedPasswordUntil != null
                    && time.now().isBefore(account.issuedPasswordUntil)) {
                issued = box.tryOpen(account.issuedPasswordSealed, account.username).orElse(null);
            }
            if (issued != null || account.issuedPasswordUntil == null
                    || !time.now().isBefore(account.issuedPasswordUntil)) {
                forgetIssuedPassword(account);
                accounts.flush(); // the page's forms carry the version after this change, not before it
            }
        }
        StaffMember member = StaffMember.of(account);
        StaffLogins.LoginState state = logins.states(List.of(member)).get(account.id);
        return new StaffAdminViews.AccountPage(row(account, state), issued, account.id.equals(admin.staffId()));
    }

    /**
     * A new account with a one-time password, which the admin sees once on the account's page and gives to its
     * holder; the holder sets up the authenticator and their own password at the first login.
     *
     * @return the new account's id
     * @throws InvalidFormException when the form breaks a rule or the username is taken; nothing is saved then
     */
    @Transactional
    public long create(Visitor admin, NewAccountForm form) {
        StaffAccount actor = requireAdmin(admin);
        Validation.check(validator, form, NewAccountForm.RULES);
        String username = form.normalisedUsername();
        java.util.Optional<StaffAccount> existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            if (isRepeat(existing.get(), form, actor)) {
                // A double-clicked submit: the first click made the account, the second leads to it, where the
                // one-time password waits to be seen (the browser dropped the first click's answer).
                return existing.get().id;
            }
            throw new InvalidFormException(List.of(Violation.of("username", "username_taken")));
        }
        StaffAccount account = new StaffAccount();
        account.username = username;
        account.displayName = form.displayName().trim();
        account.role = form.role();
        account.active = true;
        issuePassword(account, actor);
        accounts.persist(account);
        record(actor, "STAFF_ACCOUNT_CREATED", account, "role: - -> " + account.role + "; name: - -> "
                + account.displayName + "; active: - -> true; password: - -> issued, to be changed at first login");
        return account.id;
    }

    /**
     * Makes one change to an account, when it is still at the version the admin's page showed
     * ({@code form.version}); every change made moves the version on, so of two admins changing an account at once
     * one wins and the other is told.
     *
     * @throws InvalidFormException when the change is unknown, the role is missing, or it would leave no active admin
     * @throws AccountChangedMeanwhileException when the account changed since the admin's page was shown
     */
    @Transactional
    public void change(Visitor admin, long id, AccountChangeForm form) {
        AccountChangeForm.Change change = AccountChangeForm.Change.of(form.change())
                .orElseThrow(() -> new InvalidFormException(List.of(Violation.of("change", "change_unknown"))));
        List<Long> ids = List.of(admin.staffId(), id);
        boolean countsAdmins = change == AccountChangeForm.Change.ROLE || change == AccountChangeForm.Change.DISABLE;
        List<StaffAccount> locked = countsAdmins ? accounts.lockWithActiveAdmins(ids) : accounts.lock(ids);
        StaffAccount actor = activeAdmin(locked, admin.staffId());
        StaffAccount account = locked.stream().filter(a -> a.id == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Staff account " + id));
        if (account.version != form.seenVersion()) {
            throw new AccountChangedMeanwhileException();
        }
        StaffMember member = StaffMember.of(account);
        if (account.id.equals(actor.id) && (change == AccountChangeForm.Change.ROLE
                || change == AccountChangeForm.Change.DISABLE)) {
            // An admin locking themselves out by a slip of the mouse helps nobody; another admin can do it.
            throw new InvalidFormException(List.of(Violation.of(change == AccountChangeForm.Change.ROLE ? "role"
                    : "change-disable", "own_account_change")));
        }
        switch (change) {
            case ROLE -> changeRole(actor, account, form.role(), locked);
            case DISABLE -> {
                if (account.active) {
                    refuseIfLastAdmin(account, locked, "change-disable");
                    account.active = false;
                    logins.endSessions(member);
                    record(actor, "STAFF_ACCOUNT_DISABLED", account, "active: true -> false; sessions ended");
                }
            }
            case ENABLE -> {
                if (!account.active) {
                    account.active = true;
                    record(actor, "STAFF_ACCOUNT_ENABLED", account, "active: false -> true");
                }
            }
            case RESET_PASSWORD -> {
                boolean before = account.mustChangePassword;
                issuePassword(account, actor);
                logins.endSessions(member);
                record(actor, "STAFF_PASSWORD_RESET", account, "password: replaced by a one-time password; "
                        + "must change at next login: " + before + " -> true; sessions ended");
            }
            case UNLOCK -> {
                StaffLogins.LoginState state = logins.states(List.of(member)).get(account.id);
                if (state.locked()) {
                    logins.unlock(member);
                    record(actor, "STAFF_ACCOUNT_UNLOCKED", account, "locked until: " + state.lockedUntil()
                            + " -> not locked");
                }
            }
            case RESET_TWO_FACTOR -> {
                StaffLogins.LoginState state = logins.states(List.of(member)).get(account.id);
                logins.resetTwoFactor(member);
                // Whoever has the lost phone must not keep a session either.
                logins.endSessions(member);
                record(actor, "STAFF_TWO_FACTOR_RESET", account, "two-factor: "
                        + (state.twoFactor() ? "set up" : "not set up") + " -> not set up, enrol at next login; "
                        + "sessions ended");
            }
        }
        // Also a change kept outside the row (a lock lifted, two-factor reset) makes older pages of it stale.
        accounts.getEntityManager().lock(account, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The same account, just made by the same admin, whose one-time password nobody has seen yet. */
    private static boolean isRepeat(StaffAccount account, NewAccountForm form, StaffAccount actor) {
        return account.issuedPasswordSealed != null && actor.id.equals(account.issuedPasswordBy)
                && account.displayName.equals(form.displayName().trim()) && account.role.equals(form.role());
    }

    /** The audit target of an account. */
    static String target(StaffAccount account) {
        return "staff:" + account.username;
    }

    private void changeRole(StaffAccount actor, StaffAccount account, String role, List<StaffAccount> locked) {
        if (!NewAccountForm.isRole(role)) {
            throw new InvalidFormException(List.of(Violation.of("role", "role_required")));
        }
        if (role.equals(account.role)) {
            return;
        }
        if (Roles.ADMIN.equals(account.role)) {
            refuseIfLastAdmin(account, locked, "role");
        }
        String before = account.role;
        account.role = role;
        record(actor, "STAFF_ROLE_CHANGED", account, "role: " + before + " -> " + role);
    }

    /** Refuses to take the admin role from the only active admin; {@code locked} holds every active admin. */
    private static void refuseIfLastAdmin(StaffAccount account, List<StaffAccount> locked, String field) {
        if (!account.active || !Roles.ADMIN.equals(account.role)) {
            return;
        }
        boolean another = locked.stream().anyMatch(a -> !a.id.equals(account.id) && a.active
                && Roles.ADMIN.equals(a.role));
        if (!another) {
            throw new InvalidFormException(List.of(Violation.of(field, "last_admin")));
        }
    }

    /** The actor, locked, if still an active admin: a session whose role was taken away a moment ago changes nothing. */
    private StaffAccount requireAdmin(Visitor admin) {
        return activeAdmin(accounts.lock(List.of(admin.staffId())), admin.staffId());
    }

    private static StaffAccount activeAdmin(List<StaffAccount> locked, long id) {
        return locked.stream().filter(a -> a.id == id && a.active && Roles.ADMIN.equals(a.role)).findFirst()
                .orElseThrow(() -> new NotFoundException("Admin " + id));
    }

    /** A new one-time password: its hash replaces the password, and it waits, sealed, for the admin to see it once. */
    private void issuePassword(StaffAccount account, StaffAccount admin) {
        String password = newPassword();
        account.passwordHash = BcryptUtil.bcryptHash(PasswordPolicy.normalise(password));
        account.mustChangePassword = true;
        account.issuedPasswordSealed = box.seal(password, account.username);
        account.issuedPasswordBy = admin.id;
        account.issuedPasswordUntil = time.now().plus(config.issuedPasswordShownWithin());
    }

    private static void forgetIssuedPassword(StaffAccount account) {
        account.issuedPasswordSealed = null;
        account.issuedPasswordBy = null;
        account.issuedPasswordUntil = null;
    }

    /** Four groups of five characters from 49: about 112 bits, far beyond guessing. */
    static String newPassword() {
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < PASSWORD_GROUPS; g++) {
            if (g > 0) {
                out.append('-');
            }
            for (int i = 0; i < PASSWORD_GROUP_LENGTH; i++) {
                out.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
        }
        return out.toString();
    }

    private void record(StaffAccount actor, String action, StaffAccount account, String detail) {
        audit.record(AuditLog.Actor.STAFF, actor.id, action, target(account), detail);
    }

    private static StaffAdminViews.AccountRow row(StaffAccount a, StaffLogins.LoginState state) {
        StaffLogins.LoginState s = state == null ? new StaffLogins.LoginState(false, null) : state;
        return new StaffAdminViews.AccountRow(a.id, a.username, a.displayName, a.role, a.active, s.twoFactor(),
                s.lockedUntil(), a.mustChangePassword, a.createdAt, a.version);
    }
}
