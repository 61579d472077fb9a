package no.minside.auth.bankid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.auth.BankIdConfig;
import no.minside.auth.LoginGuard;
import no.minside.auth.SessionService;
import no.minside.cases.CaseCredentials;
import no.minside.common.NationalId;
import no.minside.debtors.DebtorDirectory;

import java.util.Optional;

/**
 * What a verified BankID ID token comes to: the national id it carries is mapped to the debtor here, on the server,
 * and only a login at the required assurance level starts a session (an identity session: every case of the
 * person, at every creditor). Every outcome is audited under the masked national id, never the full one.
 */
@ApplicationScoped
public class BankIdLoginService {

    /** The claims of an ID token quarkus-oidc has verified (signature, issuer, audience, expiry, nonce). */
    public record Claims(String nationalId, String acr) {
    }

    /** How the login ended. */
    public sealed interface Outcome {
        /** A session for the cookie; {@code language} is the one saved on the profile. */
        record LoggedIn(String token, String language) implements Outcome {
        }

        /** The person is known to the provider but no creditor has sent us a case on them: no session. */
        record NoCases() implements Outcome {
        }

        /** The login was made at a lower assurance level than required: no session. */
        record LevelTooLow() implements Outcome {
        }

        /** The token carried no usable national id: no session. */
        record NoNationalId() implements Outcome {
        }
    }

    private final BankIdConfig config;
    private final DebtorDirectory debtors;
    private final CaseCredentials cases;
    private final SessionService sessions;
    private final LoginGuard guard;
    private final AuditLog audit;

    BankIdLoginService(BankIdConfig config, DebtorDirectory debtors, CaseCredentials cases, SessionService sessions,
                       LoginGuard guard, AuditLog audit) {
        this.config = config;
        this.debtors = debtors;
        this.cases = cases;
        this.sessions = sessions;
        this.guard = guard;
        this.audit = audit;
    }

    /**
     * @param client            the client address, for the audit trail
     * @param providerLogoutUrl where logout continues at the provider, or null
     */
    @Transactional
    public Outcome login(Claims claims, String client, String providerLogoutUrl) {
        String nationalId = claims.nationalId();
        if (nationalId == null || !nationalId.matches("[0-9]{11}")) {
            audit.record(AuditLog.Actor.ANONYMOUS, null, "BANKID_NO_NATIONAL_ID", "bankid", client);
            return new Outcome.NoNationalId();
        }
        String target = "bankid:" + NationalId.mask(nationalId);
        if (!config.requiredAcr().orElseThrow().equals(claims.acr())) {
            audit.record(AuditLog.Actor.ANONYMOUS, null, "BANKID_LEVEL_TOO_LOW", target, client);
            return new Outcome.LevelTooLow();
        }
        Optional<DebtorDirectory.Person> person = debtors.person(nationalId);
        if (person.isEmpty()) {
            audit.record(AuditLog.Actor.ANONYMOUS, null, "BANKID_NO_CASES", target, client);
            return new Outcome.NoCases();
        }
        long debtorId = person.get().debtorId();
        // The person proved who they are: a lock that guessing put on their letters' logins no longer holds.
        for (String caseNumber : cases.caseNumbersOf(debtorId)) {
            guard.lift("case:" + caseNumber);
        }
        String token = sessions.startIdentitySession(debtorId, providerLogoutUrl);
        audit.record(AuditLog.Actor.DEBTOR, debtorId, "BANKID_LOGIN", target, client);
        return new Outcome.LoggedIn(token, person.get().language());
    }
}
