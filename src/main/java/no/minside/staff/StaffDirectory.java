package no.minside.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Finds active staff accounts for the login and the session check; disabled accounts are not found. */
@ApplicationScoped
public class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Optional<StaffMember> active(Long id) {
        return accounts.findActive(id).map(StaffMember::of);
    }

    /** The account and its bcrypt hash, for checking a password. */
    @Transactional
    public Optional<Credentials> credentials(String username) {
        return accounts.findActiveByUsername(username).map(a -> new Credentials(StaffMember.of(a), a.passwordHash));
    }

    /** An account with the hash its password is checked against. */
    public record Credentials(StaffMember member, String passwordHash) {
    }
}
