package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<CollectionCase> {

    public Optional<CollectionCase> findByCaseNumber(String caseNumber) {
        if (!isCaseNumber(caseNumber)) {
            return Optional.empty();
        }
        return find("caseNumber", caseNumber).firstResultOptional();
    }

    /** The case only if it belongs to this creditor: another creditor's case is indistinguishable from none. */
    public Optional<CollectionCase> findByCaseNumberForCreditor(String caseNumber, long creditorId) {
        if (!isCaseNumber(caseNumber)) {
            return Optional.empty();
        }
        return find("caseNumber = ?1 and creditorId = ?2", caseNumber, creditorId).firstResultOptional();
    }

    public Optional<CollectionCase> findByCreditorReference(long creditorId, String creditorReference) {
        return find("creditorId = ?1 and creditorReference = ?2", creditorId, creditorReference).firstResultOptional();
    }

    /** What the database allows as a case number; anything else (a typo, a NUL byte) is simply not found. */
    static boolean isCaseNumber(String value) {
        return value != null && value.matches("[0-9]{8,12}");
    }

    /** The next number from the case-number sequence (without its check digit). */
    public long nextCaseSequence() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('case_number_seq')").getSingleResult())
                .longValue();
    }
}
