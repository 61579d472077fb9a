package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseRepository;
import no.minside.cases.CollectionCase;

import java.util.Optional;

/**
 * Logs a debtor in with the case number and PIN from the letter; the session sees that one case. An unknown case
 * number and a wrong PIN get the same answer, after the same bcrypt work, so neither tells which cases exist.
 */
@ApplicationScoped
public class PinLoginService {

    private final CaseRepository cases;
    private final LoginGuard guard;
    private final SessionService sessions;

    PinLoginService(CaseRepository cases, LoginGuard guard, SessionService sessions) {
        this.cases = cases;
        this.guard = guard;
        this.sessions = sessions;
    }

    @Transactional
    public LoginResult login(String caseNumber, String pin) {
        String normalised = caseNumber == null ? "" : caseNumber.replaceAll("[\\s-]", "");
        if (normalised.length() > 20) {
            normalised = normalised.substring(0, 20);
        }
        Optional<CollectionCase> found = normalised.matches("[0-9]{8,12}")
                ? cases.findByCaseNumber(normalised) : Optional.empty();
        LoginGuard.Outcome outcome = guard.attempt("case:" + normalised, pin == null ? "" : pin.trim(),
                found.map(c -> c.pinHash).orElse(null), AuditLog.Actor.DEBTOR, found.map(c -> c.debtorId).orElse(null));
        return LoginResult.of(outcome, () -> sessions.startDebtorSession(found.get().debtorId, found.get().id));
    }
}
