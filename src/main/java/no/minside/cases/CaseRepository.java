package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
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

    /** The login's view of a case: one query for the case and its debtor's language. */
    public Optional<CaseCredentials.PinHolder> findPinHolder(String caseNumber) {
        if (!isCaseNumber(caseNumber)) {
            return Optional.empty();
        }
        return getEntityManager().createQuery("""
                        select c.id, c.debtorId, c.pinHash, d.language
                        from CollectionCase c, Debtor d where d.id = c.debtorId and c.caseNumber = ?1""",
                        Object[].class)
                .setParameter(1, caseNumber).getResultStream().findFirst()
                .map(row -> new CaseCredentials.PinHolder((Long) row[0], (Long) row[1], (String) row[2],
                        (String) row[3]));
    }

    public Optional<CollectionCase> findByCreditorReference(long creditorId, String creditorReference) {
        return find("creditorId = ?1 and creditorReference = ?2", creditorId, creditorReference).firstResultOptional();
    }

    /** A debtor's cases, newest first. */
    public List<CollectionCase> findByDebtor(long debtorId) {
        return list("debtorId = ?1 order by collectionNoticeSentOn desc, id desc", debtorId);
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
