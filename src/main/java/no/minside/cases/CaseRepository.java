package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<CollectionCase> {

    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9]{8,12}");

    /**
     * Case numbers are taken from the sequence this many at a time: one statement for a creditor's 20 new cases
     * instead of one each (issue 12). Numbers stay unique on every instance; a restart leaves a gap, as a rolled
     * back intake always did, and two instances' cases are numbered in an order of their own.
     */
    static final int CASE_NUMBER_BLOCK = 20;

    private final Queue<Long> caseNumbersTaken = new ConcurrentLinkedQueue<>();

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

    /** The login's view of a case: one query for the case, its PIN hash and the language to greet in. */
    public Optional<CaseCredentials.PinHolder> findPinHolder(String caseNumber) {
        if (!isCaseNumber(caseNumber)) {
            return Optional.empty();
        }
        // The language of this case's notices when the letter's holder chose one, else the person's own.
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select c.id, c.debtor_id, c.pin_hash, coalesce(cc.language, d.language)
                        from collection_case c join debtor d on d.id = c.debtor_id
                        left join case_contact cc on cc.case_id = c.id
                        where c.case_number = ?1""").setParameter(1, caseNumber).getResultList();
        return rows.stream().findFirst().map(row -> new CaseCredentials.PinHolder(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], (String) row[3]));
    }

    public Optional<CollectionCase> findByCreditorReference(long creditorId, String creditorReference) {
        return find("creditorId = ?1 and creditorReference = ?2", creditorId, creditorReference).firstResultOptional();
    }

    /** Locks the case's row until the transaction ends: two payments on one case are weighed one after the other. */
    public void lockForUpdate(CollectionCase c) {
        getEntityManager().lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(c);
    }

    /**
     * Locks the case row until the transaction ends and returns the case as committed; with {@code skipIfLocked} a
     * row another transaction holds is left out (empty) instead of waited for.
     */
    public Optional<CollectionCase> lockById(long caseId, boolean skipIfLocked) {
        List<?> locked = getEntityManager().createNativeQuery("select id from collection_case where id = ?1 for update"
                + (skipIfLocked ? " skip locked" : "")).setParameter(1, caseId).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        CollectionCase c = findById(caseId);
        getEntityManager().refresh(c);
        return Optional.of(c);
    }

    /** A debtor's cases with their creditors, newest first, or only the one case when {@code caseId} is set. */
    public List<CaseHead> headsOfDebtor(long debtorId, Long caseId) {
        return ofDebtor(CollectionCase.HEADS_OF_DEBTOR, CollectionCase.HEAD_OF_CASE, CaseHead.class, debtorId, caseId);
    }

    /** The versions of the cases {@link #headsOfDebtor} gives, in its order, without loading the cases. */
    public List<CaseVersion> versionsOfDebtor(long debtorId, Long caseId) {
        return ofDebtor(CollectionCase.VERSIONS_OF_DEBTOR, CollectionCase.VERSION_OF_CASE, CaseVersion.class, debtorId,
                caseId);
    }

    private <T> List<T> ofDebtor(String allCases, String oneCase, Class<T> type, long debtorId, Long caseId) {
        jakarta.persistence.TypedQuery<T> query = getEntityManager()
                .createNamedQuery(caseId == null ? allCases : oneCase, type).setParameter("debtor", debtorId);
        if (caseId != null) {
            query.setParameter("case", caseId);
        }
        return query.getResultList();
    }

    /** The case behind a case number, with its creditor, in one statement. */
    public Optional<CaseHead> headByCaseNumber(String caseNumber) {
        return byCaseNumber(CollectionCase.HEAD_BY_NUMBER, CaseHead.class, caseNumber);
    }

    /** The version of the case behind a case number, without loading the case. */
    public Optional<CaseVersion> versionByCaseNumber(String caseNumber) {
        return byCaseNumber(CollectionCase.VERSION_BY_NUMBER, CaseVersion.class, caseNumber);
    }

    private <T> Optional<T> byCaseNumber(String query, Class<T> type, String caseNumber) {
        if (!isCaseNumber(caseNumber)) {
            return Optional.empty();
        }
        return getEntityManager().createNamedQuery(query, type).setParameter("caseNumber", caseNumber)
                .getResultStream().findFirst();
    }

    /** A debtor's cases, newest first. */
    public List<CollectionCase> findByDebtor(long debtorId) {
        return list("debtorId = ?1 order by collectionNoticeSentOn desc, id desc", debtorId);
    }

    /** What the database allows as a case number; anything else (a typo, a NUL byte) is simply not found. */
    static boolean isCaseNumber(String value) {
        return value != null && CASE_NUMBER.matcher(value).matches();
    }

    /**
     * Makes the current transaction's reads read-only: loaded rows keep no snapshot and are not dirty-checked at
     * commit. For the debtor's pages, which change nothing (issue 12: the commit's dirty check was a tenth of a kept
     * page's work). The flush mode is left as it is, so a row a page did write would still be written, not dropped.
     */
    public void readOnlyTransaction() {
        getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
    }

    /**
     * Which of these cases the current transaction has written (V19's {@code content_written_by}, set by the first
     * write of any of the case's rows): their content versions are ones this transaction made, which others do not
     * see yet and which a rollback would hand out again for other content, so no view of them may be kept
     * ({@link KeptCaseViews}). Changes not yet flushed count: they are flushed first. Without a transaction there
     * is nothing written and no statement.
     */
    public java.util.Set<Long> writtenInThisTransaction(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty() || !QuarkusTransaction.isActive()) {
            return java.util.Set.of();
        }
        if (QuarkusTransaction.isRollbackOnly()) {
            return java.util.Set.copyOf(caseIds); // what it read may be its own writes, and they will be undone
        }
        getEntityManager().flush();
        List<?> written = getEntityManager().createNativeQuery("""
                        select id from collection_case
                        where id in (?1) and content_written_by = pg_current_xact_id_if_assigned()""")
                .setParameter(1, caseIds).getResultList();
        return written.stream().map(id -> ((Number) id).longValue()).collect(java.util.stream.Collectors.toSet());
    }

    /** The next number from the case-number sequence (without its check digit). */
    public long nextCaseSequence() {
        Long next = caseNumbersTaken.poll();
        if (next != null) {
            return next;
        }
        @SuppressWarnings("unchecked")
        List<Number> block = getEntityManager()
                .createNativeQuery("select nextval('case_number_seq') from generate_series(1, " + CASE_NUMBER_BLOCK + ")")
                .getResultList();
        for (int i = 1; i < block.size(); i++) {
            caseNumbersTaken.add(block.get(i).longValue());
        }
        return block.get(0).longValue();
    }
}
