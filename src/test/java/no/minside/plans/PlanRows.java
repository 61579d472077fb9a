package no.minside.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** The plan tables as stored, for the parts of a test that look below the pages. */
@ApplicationScoped
public class PlanRows {

    private final EntityManager em;

    PlanRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public String status(String reference) {
        return (String) em.createNativeQuery("select status from payment_plan where reference = ?1")
                .setParameter(1, reference).getSingleResult();
    }

    /** Each instalment's paid amount and whether it is paid in full, by number: "1000.00/open", "1593.00/paid". */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<String> instalments(String reference) {
        List<Object[]> rows = em.createNativeQuery("""
                        select i.amount, i.paid_amount, i.paid_on from plan_instalment i
                        join payment_plan p on p.id = i.plan_id where p.reference = ?1 order by i.number""")
                .setParameter(1, reference).getResultList();
        return rows.stream().map(r -> r[1] + "/" + r[0] + (r[2] == null ? "" : " paid " + r[2])).toList();
    }

    /** The amounts of the instalments, by number. */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<java.math.BigDecimal> amounts(String reference) {
        return em.createNativeQuery("""
                        select i.amount from plan_instalment i join payment_plan p on p.id = i.plan_id
                        where p.reference = ?1 order by i.number""").setParameter(1, reference).getResultList();
    }

    /** The case's events of a type, as "2026-03-31 PLAN_BROKEN". */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<String> events(long caseId, String type) {
        List<Object> days = em.createNativeQuery("select occurred_on from case_event where case_id = ?1 and type = ?2"
                + " order by id").setParameter(1, caseId).setParameter(2, type).getResultList();
        return days.stream().map(Object::toString).toList();
    }

    /** Turns the case's e-mail notices off, as a debtor who did not opt in. */
    @Transactional
    public void noEmailNotices(long caseId) {
        em.createNativeQuery("update case_contact set notify_by_email = false where case_id = ?1")
                .setParameter(1, caseId).executeUpdate();
    }

    @Transactional
    public long letters(long caseId, String kind) {
        return ((Number) em.createNativeQuery("select count(*) from letter where case_id = ?1 and kind = ?2")
                .setParameter(1, caseId).setParameter(2, kind).getSingleResult()).longValue();
    }
}
