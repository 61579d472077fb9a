package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** What the PIN login checks a case number and PIN against. */
@ApplicationScoped
public class CaseCredentials {

    private final CaseRepository cases;

    CaseCredentials(CaseRepository cases) {
        this.cases = cases;
    }

    /** The case behind a case number, with its PIN hash and the debtor's saved language; empty when unknown. */
    @Transactional
    public Optional<PinHolder> pinHolder(String caseNumber) {
        return cases.findPinHolder(caseNumber);
    }

    /** The case numbers of every case of the debtor, as their logins are counted (LoginGuard). */
    @Transactional
    public java.util.List<String> caseNumbersOf(long debtorId) {
        return cases.findByDebtor(debtorId).stream().map(c -> c.caseNumber).toList();
    }

    /** A case as the login sees it. */
    public record PinHolder(long caseId, long debtorId, String pinHash, String language) {
    }
}
