package no.minside.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseRepository;
import no.minside.cases.CollectionCase;

import java.util.Optional;

/**
 * Logs a debtor in with the case number and PIN from the letter. An unknown case number and a wrong PIN get the
 * same answer, after the same bcrypt work, so neither tells which case numbers exist.
 */
@ApplicationScoped
public class PinLoginService {

    /** Compared against when the case does not exist, so both paths cost one bcrypt check. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-pin");

    private final CaseRepository cases;
    private final LoginGuard guard;
    private final SessionService sessions;

    PinLoginService(CaseRepository cases, LoginGuard guard, SessionService sessions) {
        this.cases = cases;
        this.guard = guard;
        this.sessions = sessions;
    }

    /** What a login attempt came to: a session token, or why not. */
    public sealed interface Result {
        record Success(String token) implements Result {
        }

        record Rejected() implements Result {
        }

        record Locked() implements Result {
        }
    }

    @Transactional
    public Result login(String caseNumber, String pin) {
        String normalised = caseNumber == null ? "" : caseNumber.replaceAll("[\\s-]", "");
        LoginThrottle throttle = guard.lock("case:" + normalised);
        Optional<CollectionCase> found = normalised.matches("[0-9]{8,12}")
                ? cases.findByCaseNumber(normalised) : Optional.empty();
        if (guard.isLocked(throttle)) {
            guard.record(throttle, LoginGuard.Outcome.LOGIN_LOCKED, AuditLog.Actor.ANONYMOUS, null);
            return new Result.Locked();
        }
        String cleanPin = pin == null ? "" : pin.trim();
        boolean matches = BcryptUtil.matches(cleanPin, found.map(c -> c.pinHash).orElse(DUMMY_HASH))
                && found.isPresent();
        if (!matches) {
            guard.record(throttle, LoginGuard.Outcome.LOGIN_FAILED, AuditLog.Actor.ANONYMOUS, null);
            return guard.isLocked(throttle) ? new Result.Locked() : new Result.Rejected();
        }
        CollectionCase c = found.get();
        guard.record(throttle, LoginGuard.Outcome.LOGIN_OK, AuditLog.Actor.DEBTOR, c.debtorId);
        return new Result.Success(sessions.startDebtorSession(c.debtorId, c.id));
    }
}
