package no.minside.plans;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.CaseHead;
import no.minside.cases.CollectionCase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Plans and their instalments, each query named by what it is for. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<PaymentPlan> {

    private static final List<PlanStatus> OPEN = List.of(PlanStatus.REFERRED, PlanStatus.OFFERED, PlanStatus.ACTIVE);

    public Optional<PaymentPlan> findByReference(String reference, long caseId) {
        return find("reference = ?1 and caseId = ?2", reference, caseId).firstResultOptional();
    }

    /** The plan a debtor made by accepting this evaluation, or that an officer offered with it. */
    public Optional<PaymentPlan> findByEvaluation(long evaluationId) {
        return find("evaluationId = ?1 or offerEvaluationId = ?1", evaluationId).firstResultOptional();
    }

    /** The case's plan in force or under consideration (at most one: {@code payment_plan_open_key}). */
    public Optional<PaymentPlan> findOpenByCase(long caseId) {
        return find("caseId = ?1 and status in ?2", caseId, OPEN).firstResultOptional();
    }

    public Optional<PaymentPlan> findActiveByCase(long caseId) {
        return find("caseId = ?1 and status = ?2", caseId, PlanStatus.ACTIVE).firstResultOptional();
    }

    /** The active plans of these cases. */
    public List<PaymentPlan> findActiveByCases(Collection<Long> caseIds) {
        return list("caseId in ?1 and status = ?2", caseIds, PlanStatus.ACTIVE);
    }

    /** Every plan of the debtor, on any case, newest first: their history. */
    public List<PaymentPlan> findByDebtor(long debtorId) {
        return list("debtorId = ?1 order by submittedAt desc, id desc", debtorId);
    }

    /** A referred plan as the officers' queue lists it: with its case, the case's creditor and the debtor's name. */
    public record Referred(PaymentPlan plan, CaseHead head, String debtorName) {
    }

    /**
     * The officers' queue, oldest first, at most {@code limit}, in one statement: the plans with their cases and
     * debtors' names.
     */
    public List<Referred> findReferredWithCases(int limit) {
        return getEntityManager().createQuery("""
                        select p, c, cr.name, cr.version, d.name
                        from PaymentPlan p, CollectionCase c, Creditor cr, Debtor d
                        where c.id = p.caseId and cr.id = c.creditorId and d.id = p.debtorId and p.status = ?1
                        order by p.submittedAt, p.id""", Object[].class)
                .setParameter(1, PlanStatus.REFERRED).setMaxResults(limit).getResultStream()
                .map(row -> new Referred((PaymentPlan) row[0], new CaseHead((CollectionCase) row[1], (String) row[2],
                        (Long) row[3]), (String) row[4]))
                .toList();
    }


    /** How many plans wait for an officer, and how many of those are past the answer time promised. */
    public long[] countReferred(java.time.Instant now) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                        "select count(*), count(*) filter (where answer_due_at < ?1) from payment_plan"
                                + " where status = 'REFERRED'")
                .setParameter(1, now).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /**
     * The case ids and start days of the plans among these cases that hold their case: those in force, and those
     * completed (the case was paid under the plan, and the balance engine remembers only a pause that still holds).
     */
    public List<Object[]> holdingStarts(Collection<Long> caseIds) {
        return getEntityManager().createQuery("select p.caseId, p.startedOn from PaymentPlan p"
                        + " where p.caseId in ?1 and p.status in ?2", Object[].class)
                .setParameter(1, caseIds).setParameter(2, List.of(PlanStatus.ACTIVE, PlanStatus.COMPLETED))
                .getResultList();
    }

    /**
     * Locks an active plan's row for the rest of the transaction, skipping it when another transaction holds it
     * (another instance of the plan job): empty then, or when the plan is no longer active.
     */
    public Optional<PaymentPlan> lockActive(long planId) {
        List<?> locked = getEntityManager().createNativeQuery(
                        "select id from payment_plan where id = ?1 and status = 'ACTIVE' for update skip locked")
                .setParameter(1, planId).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        PaymentPlan plan = findById(planId);
        getEntityManager().refresh(plan);
        return Optional.of(plan);
    }

    /** Active plans with an instalment still unpaid that fell due before {@code dueBefore}: candidates to break. */
    public List<Long> activeWithUnpaidDueBefore(LocalDate dueBefore) {
        return getEntityManager().createQuery("""
                        select distinct p.id from PaymentPlan p, PlanInstalment i
                        where i.planId = p.id and p.status = ?1 and i.paidOn is null and i.dueDate < ?2
                        order by p.id""", Long.class)
                .setParameter(1, PlanStatus.ACTIVE).setParameter(2, dueBefore).getResultList();
    }

    /**
     * Unpaid instalments of active plans that still want a notice: a reminder for those falling due from
     * {@code from} to {@code to}, or a warning for those that fell due by {@code to}. The rows are locked, skipping
     * those another instance of the job holds, so that each notice is sent once.
     */
    public List<PlanInstalment> lockForNotice(LocalDate from, LocalDate to, boolean warning) {
        String notYet = warning ? "i.warned_at is null" : "i.reminded_at is null";
        List<?> ids = getEntityManager().createNativeQuery("""
                        select i.id from plan_instalment i join payment_plan p on p.id = i.plan_id
                        where p.status = 'ACTIVE' and i.paid_on is null and %s and i.due_date between ?1 and ?2
                        order by i.id for update of i skip locked""".formatted(notYet))
                .setParameter(1, from).setParameter(2, to).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from PlanInstalment where id in ?1 order by id", PlanInstalment.class)
                .setParameter(1, ids.stream().map(id -> ((Number) id).longValue()).toList()).getResultList();
    }

    /** Counter-offers not accepted by their first due date. */
    public List<PaymentPlan> findOfferedDueBefore(LocalDate day) {
        return list("status = ?1 and firstDueDate < ?2", PlanStatus.OFFERED, day);
    }

    public List<PlanInstalment> instalments(long planId) {
        return getEntityManager().createQuery("from PlanInstalment where planId = ?1 order by number",
                PlanInstalment.class).setParameter(1, planId).getResultList();
    }

    public List<PlanInstalment> instalments(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from PlanInstalment where planId in ?1 order by planId, number",
                PlanInstalment.class).setParameter(1, planIds).getResultList();
    }

    public void deleteInstalments(long planId) {
        getEntityManager().createQuery("delete from PlanInstalment where planId = ?1").setParameter(1, planId)
                .executeUpdate();
    }

    /** The plan as committed: for a row read before its case was locked. */
    public void refresh(PaymentPlan plan) {
        getEntityManager().refresh(plan);
    }

    public void persistInstalment(PlanInstalment instalment) {
        getEntityManager().persist(instalment);
    }

    /** The next plan reference: BA-100001, BA-100002, … */
    public String nextReference() {
        long n = ((Number) getEntityManager().createNativeQuery("select nextval('plan_reference_seq')")
                .getSingleResult()).longValue();
        return "BA-" + n;
    }
}
