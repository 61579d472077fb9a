package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.common.Validation;
import no.minside.staff.StaffDirectory;

import java.util.Locale;
import java.util.Optional;

/** Logs staff in with username and bcrypt password, under the same lockout rule as debtors. */
@ApplicationScoped
public class StaffLoginService {

    private final StaffDirectory staff;
    private final LoginGuard guard;
    private final SessionService sessions;
    private final Validator validator;

    StaffLoginService(StaffDirectory staff, LoginGuard guard, SessionService sessions, Validator validator) {
        this.staff = staff;
        this.guard = guard;
        this.sessions = sessions;
        this.validator = validator;
    }

    /** @throws no.minside.common.InvalidFormException when a field is empty; nothing is counted then */
    @Transactional
    public LoginResult login(StaffLoginForm form, String client, String deviceToken) {
        Validation.check(validator, form);
        String typed = form.username().trim().toLowerCase(Locale.ROOT);
        // Only what could be a username reaches the database; anything else is an unknown user.
        String name = typed.matches("[a-z0-9._-]{1,64}") ? typed : "not-a-username";
        Optional<StaffDirectory.Credentials> account = staff.credentials(name);
        LoginGuard.Outcome outcome = guard.attempt(new LoginGuard.Attempt("staff:" + name, client, deviceToken,
                form.password(), account.map(StaffDirectory.Credentials::passwordHash).orElse(null),
                AuditLog.Actor.STAFF, account.map(a -> a.member().id()).orElse(null)));
        return LoginResult.of(outcome, device -> new LoginResult.Success(
                sessions.startStaffSession(account.get().member().id()), device, null));
    }
}
