package no.minside.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.NotFoundException;
import no.minside.common.Violations;

import java.util.Objects;
import java.util.Optional;

/** Finds active staff accounts for the login and the session check; disabled accounts are not found. */
@ApplicationScoped
public class StaffDirectory {

    private final StaffAccountRepository accounts;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    StaffDirectory(StaffAccountRepository accounts, PasswordPolicy policy, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public Optional<StaffMember> active(Long id) {
        return accounts.findActive(id).map(StaffMember::of);
    }

    /** The account and its bcrypt hash, for checking a password. */
    @Transactional
    public Optional<Credentials> credentials(String username) {
        return accounts.findActiveByUsername(username).map(Credentials::of);
    }

    /** The same for an account known by id: the later steps of a login. */
    @Transactional
    public Optional<Credentials> credentials(long id) {
        return accounts.findActive(id).map(Credentials::of);
    }

    /**
     * The staff member sets their own password, replacing one an admin issued: checked against the password rules
     * (PasswordPolicy), then stored as bcrypt. Audited.
     *
     * @throws no.minside.common.InvalidFormException with what is wrong; nothing is saved then
     */
    @Transactional
    public void changeOwnPassword(long id, NewPasswordForm form) {
        StaffAccount account = accounts.lock(id).filter(a -> a.active)
                .orElseThrow(() -> new NotFoundException("Staff account " + id));
        Violations found = new Violations();
        policy.check("password", form.password(), account.username, account.displayName, account.passwordHash, found);
        if (!found.has("password") && !Objects.equals(PasswordPolicy.normalise(form.password()),
                PasswordPolicy.normalise(form.repeat()))) {
            found.add("repeat", "password_repeat_mismatch");
        }
        found.throwIfAny();
        account.passwordHash = BcryptUtil.bcryptHash(PasswordPolicy.normalise(form.password()));
        boolean wasIssued = account.mustChangePassword;
        account.mustChangePassword = false;
        account.issuedPasswordSealed = null;
        account.issuedPasswordBy = null;
        account.issuedPasswordUntil = null;
        audit.record(AuditLog.Actor.STAFF, account.id, "STAFF_PASSWORD_CHANGED", StaffAdminService.target(account),
                "password: " + (wasIssued ? "issued by an admin" : "own") + " -> own");
    }

    /** An account with the hash its password is checked against, and whether it must set a new one. */
    public record Credentials(StaffMember member, String passwordHash, boolean mustChangePassword) {

        static Credentials of(StaffAccount account) {
            return new Credentials(StaffMember.of(account), account.passwordHash, account.mustChangePassword);
        }
    }
}
