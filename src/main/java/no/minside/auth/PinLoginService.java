package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseRepository;
import no.minside.cases.CollectionCase;
import no.minside.common.NationalId;
import no.minside.debtors.DebtorRepository;

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
    private final DebtorRepository debtors;

    PinLoginService(CaseRepository cases, LoginGuard guard, SessionService sessions, DebtorRepository debtors) {
        this.debtors = debtors;
        this.cases = cases;
        this.guard = guard;
        this.sessions = sessions;
    }

    @Transactional
    public LoginResult login(String caseNumber, String pin, String client) {
        String normalised = caseNumber == null ? "" : caseNumber.replaceAll("[\\s-]", "");
        Optional<CollectionCase> found = cases.findByCaseNumber(normalised);
        LoginGuard.Outcome outcome = guard.attempt("case:" + throttleKey(normalised), client, pin == null ? "" : pin.trim(),
                found.map(c -> c.pinHash).orElse(null), AuditLog.Actor.DEBTOR, found.map(c -> c.debtorId).orElse(null));
        return LoginResult.of(outcome, () -> new LoginResult.Success(
                sessions.startDebtorSession(found.get().debtorId, found.get().id),
                debtors.findById(found.get().debtorId).language));
    }

    /**
     * What the attempt is counted and audited under: the case number as typed if it could be one, a masked form if
     * someone typed their national id into the field, and one shared key for anything else.
     */
    static String throttleKey(String typed) {
        if (typed.matches("[0-9]{11}")) {
            return NationalId.mask(typed);
        }
        return typed.matches("[0-9]{1,20}") ? typed : "not-a-case-number";
    }
}
