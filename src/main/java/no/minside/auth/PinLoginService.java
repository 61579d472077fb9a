package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseCredentials;
import no.minside.cases.PinHash;
import no.minside.common.NationalId;
import no.minside.common.Validation;

import java.util.Optional;

/**
 * Logs a debtor in with the case number and PIN from the letter; the session sees that one case. An unknown case
 * number and a wrong PIN get the same answer, after the same hashing work, so neither tells which cases exist.
 */
@ApplicationScoped
public class PinLoginService {

    private final CaseCredentials credentials;
    private final LoginGuard guard;
    private final SessionService sessions;
    private final Validator validator;
    private final PinHash pins;

    PinLoginService(CaseCredentials credentials, LoginGuard guard, SessionService sessions, Validator validator,
                    PinHash pins) {
        this.pins = pins;
        this.credentials = credentials;
        this.guard = guard;
        this.sessions = sessions;
        this.validator = validator;
    }

    /**
     * One login attempt.
     *
     * @throws no.minside.common.InvalidFormException when a field is empty or not in the letter's format; nothing
     *         is counted then
     */
    @Transactional
    public LoginResult login(PinLoginForm form, String client, String deviceToken) {
        Validation.check(validator, form, PinLoginForm.FORMAT);
        String caseNumber = form.normalisedCaseNumber();
        Optional<CaseCredentials.PinHolder> found = credentials.pinHolder(caseNumber);
        LoginGuard.Outcome outcome = guard.attempt(new LoginGuard.Attempt("case:" + throttleKey(caseNumber), client,
                deviceToken, form.pin().trim(), found.map(CaseCredentials.PinHolder::pinHash).orElse(null),
                AuditLog.Actor.DEBTOR, found.map(CaseCredentials.PinHolder::debtorId).orElse(null)), pins::matches);
        return LoginResult.of(outcome, device -> new LoginResult.Success(
                sessions.startDebtorSession(found.get().debtorId(), found.get().caseId()), device,
                found.get().language()));
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
