package no.minside.debtors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;

import java.util.Optional;

/**
 * The contact details each case's notices go to. A creditor's intake supplies them for its own case, and a PIN
 * login may change them for its case; neither touches the person's own details (the {@link Debtor}), which only the
 * person, logged in with proof of identity, sets. A case without details of its own uses the person's.
 */
@ApplicationScoped
public class CaseContacts {

    /** Where and how a notice about a case reaches the debtor. */
    public record Contact(String email, String phone, boolean notifyByEmail, boolean notifyBySms, String language) {
    }

    private final EntityManager em;
    private final TimeSource time;

    CaseContacts(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    /**
     * The details a creditor supplied with a case it opens in this transaction; by e-mail only when it gave an address.
     * The case is new and not yet visible to anyone else, so its row is inserted (with the case's other rows, at the
     * flush) without the insert-or-lock round trips a change to an existing case needs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supplied(long caseId, String email, String phone, String language) {
        CaseContact contact = new CaseContact();
        contact.caseId = caseId;
        contact.email = email;
        contact.phone = phone;
        contact.notifyByEmail = email != null;
        contact.notifyBySms = false;
        contact.language = language;
        contact.updatedAt = time.now();
        em.persist(contact);
    }

    /** The case's own details, or empty when it has none. */
    @Transactional
    public Optional<CaseContact> of(long caseId) {
        return Optional.ofNullable(em.find(CaseContact.class, caseId));
    }

    /** What a notice about the case uses: the case's own details, or else the person's. */
    @Transactional
    public Contact effective(long caseId, Debtor debtor) {
        return of(caseId).map(c -> new Contact(c.email, c.phone, c.notifyByEmail, c.notifyBySms, c.language))
                .orElseGet(() -> new Contact(debtor.email, debtor.phone, debtor.notifyByEmail, debtor.notifyBySms,
                        debtor.language));
    }

    /**
     * The case's row, locked for the rest of the transaction, created when missing. Two saves at once (a double
     * click) meet at the row lock instead of both inserting.
     */
    CaseContact lockedOrNew(long caseId) {
        em.createNativeQuery("insert into case_contact (case_id, notify_by_email, notify_by_sms, language, updated_at) "
                        + "values (?1, false, false, 'nb', ?2) on conflict (case_id) do nothing")
                .setParameter(1, caseId).setParameter(2, time.now()).executeUpdate();
        return em.find(CaseContact.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    }
}
