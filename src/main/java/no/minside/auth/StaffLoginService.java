package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.staff.StaffAccount;
import no.minside.staff.StaffAccountRepository;

import java.util.Locale;
import java.util.Optional;

/** Logs staff in with username and bcrypt password, under the same lockout rule as debtors. */
@ApplicationScoped
public class StaffLoginService {

    private final StaffAccountRepository accounts;
    private final LoginGuard guard;
    private final SessionService sessions;

    StaffLoginService(StaffAccountRepository accounts, LoginGuard guard, SessionService sessions) {
        this.accounts = accounts;
        this.guard = guard;
        this.sessions = sessions;
    }

    @Transactional
    public LoginResult login(String username, String password, String client) {
        String typed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // Only what could be a username reaches the database; anything else is an unknown user.
        String name = typed.matches("[a-z0-9._-]{1,64}") ? typed : "not-a-username";
        Optional<StaffAccount> account = accounts.findActiveByUsername(name);
        LoginGuard.Outcome outcome = guard.attempt("staff:" + name, client, password,
                account.map(a -> a.passwordHash).orElse(null), AuditLog.Actor.STAFF,
                account.map(a -> a.id).orElse(null));
        return LoginResult.of(outcome,
                () -> new LoginResult.Success(sessions.startStaffSession(account.get().id), null));
    }
}
