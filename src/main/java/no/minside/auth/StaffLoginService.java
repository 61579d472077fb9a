package no.minside.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
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

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password");

    private final StaffAccountRepository accounts;
    private final LoginGuard guard;
    private final SessionService sessions;

    StaffLoginService(StaffAccountRepository accounts, LoginGuard guard, SessionService sessions) {
        this.accounts = accounts;
        this.guard = guard;
        this.sessions = sessions;
    }

    @Transactional
    public PinLoginService.Result login(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        LoginThrottle throttle = guard.lock("staff:" + name);
        if (guard.isLocked(throttle)) {
            guard.record(throttle, LoginGuard.Outcome.LOGIN_LOCKED, AuditLog.Actor.ANONYMOUS, null);
            return new PinLoginService.Result.Locked();
        }
        Optional<StaffAccount> account = accounts.findActiveByUsername(name);
        boolean matches = BcryptUtil.matches(password == null ? "" : password,
                account.map(a -> a.passwordHash).orElse(DUMMY_HASH)) && account.isPresent();
        if (!matches) {
            guard.record(throttle, LoginGuard.Outcome.LOGIN_FAILED, AuditLog.Actor.ANONYMOUS, null);
            return guard.isLocked(throttle) ? new PinLoginService.Result.Locked() : new PinLoginService.Result.Rejected();
        }
        guard.record(throttle, LoginGuard.Outcome.LOGIN_OK, AuditLog.Actor.STAFF, account.get().id);
        return new PinLoginService.Result.Success(sessions.startStaffSession(account.get().id));
    }
}
