package no.minside.plans;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseActions;
import no.minside.cases.CaseBalance;
import no.minside.cases.CaseBalances;
import no.minside.cases.CaseEventType;
import no.minside.cases.CollectionCase;
import no.minside.cases.Payment;
import no.minside.cases.PaymentBooked;
import no.minside.common.TimeSource;
import no.minside.notify.Notice;
import no.minside.notify.Notifications;
import no.minside.plans.evaluation.SurchargeBasis;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan's life once the debtor has accepted it: created (in force, or waiting for a case officer), put in force,
 * settled by the case's payments, completed when nothing is owed, broken when an instalment is left unpaid.
 *
 * <p>Lock order: every transaction that changes a plan in force, or puts one in force, locks the case row first
 * ({@link CaseActions#lock}) and the plan after it, as a payment does (the payment locks the case, then the plan is
 * settled in its transaction). Two of them never wait for each other.
 *
 * <p>Settling is worked out afresh from the payments each time, so it can run as often as it likes: the payments
 * after the plan's evaluation ({@code payments_after}) cover the instalments in order, oldest payment first. When
 * the case owes nothing the plan is complete (the stage job records the case as PAID); when every instalment is
 * paid but something is still owed (a payment made late, a rate that changed), the last instalment is raised by
 * what is left: "the last instalment adjusted".
 */
@ApplicationScoped
public class PlanLifecycle {

    private static final Logger LOG = Logger.getLogger(PlanLifecycle.class);
    private static final BigDecimal SURCHARGE_MULTIPLE = new BigDecimal("1.5");

    private final PlanRepository plans;
    private final PlanEvaluationService evaluations;
    private final CaseActions cases;
    private final CaseBalances balances;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TimeSource time;
    private final PlanConfig config;

    PlanLifecycle(PlanRepository plans, PlanEvaluationService evaluations, CaseActions cases, CaseBalances balances,
                  Notifications notifications, AuditLog audit, TimeSource time, PlanConfig config) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.cases = cases;
        this.balances = balances;
        this.notifications = notifications;
        this.audit = audit;
        this.time = time;
        this.config = config;
    }

    /**
     * The plan the debtor accepted from this evaluation: in force at once when it was approved, otherwise waiting
     * for a case officer with the answer time promised. The caller has locked the case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentPlan create(CollectionCase c, StoredEvaluation evaluation, EvaluationAnswer answer) {
        PaymentPlan plan = new PaymentPlan();
        plan.reference = plans.nextReference();
        plan.caseId = c.id;
        plan.caseNumber = c.caseNumber;
        plan.debtorId = c.debtorId;
        plan.kid = c.kid;
        plan.evaluationId = evaluation.id;
        plan.submittedAt = time.now();
        plan.paymentsAfter = evaluation.lastPaymentId;
        terms(plan, answer.terms());
        plan.status = PlanStatus.REFERRED;
        if (!answer.approved()) {
            plan.answerDueAt = WorkingDays.endOfWorkingDay(plan.submittedAt, config.answerWorkingDays());
        }
        plans.persist(plan);
        writeInstalments(plan, answer.terms());
        if (answer.approved()) {
            activate(plan, c, evaluation, time.today());
        }
        return plan;
    }

    /** A case officer's counter-offer: the plan takes its terms and schedule, waiting for the debtor to accept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offer(PaymentPlan plan, EvaluationAnswer.Terms terms) {
        terms(plan, terms);
        plan.answerDueAt = null;
        writeInstalments(plan, terms);
    }

    /** The terms of a plan as an evaluation gives them. */
    void terms(PaymentPlan plan, EvaluationAnswer.Terms terms) {
        plan.firstDueDate = terms.firstDueDate();
        plan.instalment = terms.instalment();
        plan.months = terms.months();
        plan.surcharge = terms.surcharge();
        plan.totalToPay = terms.totalToPay();
    }

    /** Replaces the plan's instalments with the evaluation's schedule. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeInstalments(PaymentPlan plan, EvaluationAnswer.Terms terms) {
        plans.deleteInstalments(plan.id);
        for (EvaluationAnswer.Scheduled s : terms.schedule()) {
            PlanInstalment i = new PlanInstalment();
            i.planId = plan.id;
            i.number = s.number();
            i.dueDate = s.dueDate();
            i.amount = s.amount();
            i.toCosts = s.toCosts();
            i.toInterest = s.toInterest();
            i.toPrincipal = s.toPrincipal();
            plans.persistInstalment(i);
        }
    }

    /**
     * Puts the plan in force today: the case is paused from today, the surcharge (when the plan has one) is charged
     * at the amount the debtor was told, and the timeline says so. Payments made since the evaluation count at once.
     * The caller has locked the case.
     *
     * @param followed the evaluation whose terms the plan follows (the debtor's, or the officer's counter-offer)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activate(PaymentPlan plan, CollectionCase c, StoredEvaluation followed, LocalDate today) {
        plan.status = PlanStatus.ACTIVE;
        plan.startedOn = today;
        plan.answerDueAt = null;
        if (plan.surcharge.signum() > 0) {
            SurchargeBasis basis = evaluations.surchargeBasisOf(followed);
            BigDecimal base = basis.inkassosats().multiply(SURCHARGE_MULTIPLE).setScale(2, RoundingMode.HALF_UP);
            BigDecimal vat = plan.surcharge.subtract(base).max(BigDecimal.ZERO.setScale(2));
            cases.chargePlanSurcharge(c.id, today, plan.surcharge, vat, basis.inkassosats());
        }
        cases.record(c.id, CaseEventType.PLAN_STARTED, today, plan.totalToPay, plan.reference);
        plans.flush();
        settle(plan, balances.of(c, CaseBalances.Detail.BALANCE));
    }

    /** A payment was booked: the case's plan in force is settled in the same transaction, under the case's lock. */
    void paymentBooked(@Observes PaymentBooked booked) {
        Optional<PaymentPlan> plan = plans.findActiveByCase(booked.caseId());
        if (plan.isEmpty()) {
            return;
        }
        CollectionCase c = cases.lock(booked.caseId(), false).orElseThrow();
        settle(plan.get(), balances.of(c, CaseBalances.Detail.BALANCE));
    }

    /**
     * Works out what the payments since the plan's evaluation have covered, instalment by instalment, and
     * completes the plan when the case owes nothing. The caller has locked the case (and so the plan).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(PaymentPlan plan, CaseBalance balance) {
        if (plan.status != PlanStatus.ACTIVE) {
            return;
        }
        List<PlanInstalment> rows = plans.instalments(plan.id);
        List<Payment> counted = balance.records().payments().stream()
                .filter(p -> p.id > plan.paymentsAfter)
                .sorted(Comparator.comparing((Payment p) -> p.paidOn).thenComparing(p -> p.id))
                .toList();
        BigDecimal[] paid = new BigDecimal[rows.size()];
        LocalDate[] paidOn = new LocalDate[rows.size()];
        java.util.Arrays.fill(paid, BigDecimal.ZERO.setScale(2));
        int next = 0;
        LocalDate lastPayment = null;
        for (Payment payment : counted) {
            lastPayment = payment.paidOn;
            BigDecimal left = payment.amount;
            while (left.signum() > 0 && next < rows.size()) {
                BigDecimal take = left.min(rows.get(next).amount.subtract(paid[next]));
                paid[next] = paid[next].add(take);
                left = left.subtract(take);
                if (paid[next].compareTo(rows.get(next).amount) == 0) {
                    paidOn[next] = payment.paidOn;
                    next++;
                }
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            PlanInstalment row = rows.get(k);
            if (row.paidAmount.compareTo(paid[k]) != 0) {
                row.paidAmount = paid[k];
            }
            row.paidOn = paidOn[k];
        }
        BigDecimal due = balance.breakdown().totalDue();
        if (due.signum() == 0) {
            complete(plan, lastPayment != null ? lastPayment : balance.today());
        } else if (next == rows.size() && !rows.isEmpty()) {
            // Every instalment is paid and something is still owed: the last one covers it.
            PlanInstalment last = rows.get(rows.size() - 1);
            last.amount = last.amount.add(due);
            last.toInterest = last.toInterest.add(due);
            last.paidOn = null;
            plan.totalToPay = plan.totalToPay.add(due);
        }
    }

    private void complete(PaymentPlan plan, LocalDate on) {
        plan.status = PlanStatus.COMPLETED;
        plan.endedOn = on;
        cases.record(plan.caseId, CaseEventType.PLAN_COMPLETED, on, null, plan.reference);
        audit.record(AuditLog.Actor.SYSTEM, null, "PLAN_COMPLETED", "case:" + plan.caseNumber, plan.reference);
    }

    /**
     * Breaks every plan in force with an instalment still unpaid {@code breakAfterDays} after its due date, each in
     * its own transaction: the case row and the plan row are locked with {@code skip locked}, so instances running
     * at once each take other plans, and a plan a payment is settling right now waits for the next run. A plan on a
     * case with an open objection does not break: the objection pauses the case (DOMAIN.md). Returns how many plans
     * broke.
     */
    public int breakOverdue(LocalDate today) {
        List<Long> candidates = QuarkusTransaction.requiringNew()
                .call(() -> plans.activeWithUnpaidDueBefore(today.minusDays(config.breakAfterDays())));
        int broken = 0;
        for (Long planId : candidates) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> breakIfOverdue(planId, today))) {
                    broken++;
                }
            } catch (RuntimeException e) {
                LOG.errorf("Breaking plan %d failed: %s", planId, e.getClass().getSimpleName());
            }
        }
        if (broken > 0) {
            LOG.infof("Plan job as of %s: %d plans broken", today, broken);
        }
        return broken;
    }

    private boolean breakIfOverdue(long planId, LocalDate today) {
        PaymentPlan found = plans.findById(planId);
        if (found == null || found.status != PlanStatus.ACTIVE) {
            return false;
        }
        Optional<CollectionCase> locked = cases.lock(found.caseId, true);
        if (locked.isEmpty()) {
            return false;
        }
        Optional<PaymentPlan> plan = plans.lockActive(planId);
        if (plan.isEmpty()) {
            return false;
        }
        CollectionCase c = locked.get();
        PaymentPlan p = plan.get();
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        settle(p, balance);
        if (balance.objectionUnderReview()) {
            // The objection holds the case: nothing moves while the claim is disputed. Once support has decided,
            // the next run breaks the plan if an instalment is still unpaid.
            return false;
        }
        LocalDate lastDueToPay = today.minusDays(config.breakAfterDays());
        boolean overdue = p.status == PlanStatus.ACTIVE && plans.instalments(p.id).stream()
                .anyMatch(i -> !i.isPaid() && i.dueDate.isBefore(lastDueToPay));
        if (!overdue) {
            return false;
        }
        p.status = PlanStatus.BROKEN;
        p.endedOn = today;
        plans.flush();
        cases.record(c.id, CaseEventType.PLAN_BROKEN, today, null, p.reference);
        cases.resumeAfterPause(c, today);
        notifications.tell(c.id, c.caseNumber, c.debtorId, Notice.PLAN_BROKEN);
        audit.record(AuditLog.Actor.SYSTEM, null, "PLAN_BROKEN", "case:" + c.caseNumber, p.reference);
        return true;
    }

    /**
     * Reminders before an instalment falls due and warnings before a plan breaks, each once, for debtors who opted
     * in (Notifications checks). Returns how many notices were asked for.
     */
    public int notices(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int sent = 0;
            for (PlanInstalment i : plans.lockForNotice(today, today.plusDays(config.remindDaysBefore()), false)) {
                i.remindedAt = time.now();
                sent += tell(i.planId, Notice.PLAN_INSTALMENT_DUE);
            }
            LocalDate warnFrom = today.minusDays(config.breakAfterDays());
            LocalDate warnTo = today.minusDays(config.warnDaysAfterDue());
            for (PlanInstalment i : plans.lockForNotice(warnFrom, warnTo, true)) {
                i.warnedAt = time.now();
                sent += tell(i.planId, Notice.PLAN_AT_RISK);
            }
            return sent;
        });
    }

    private int tell(long planId, Notice notice) {
        PaymentPlan plan = plans.findById(planId);
        notifications.tell(plan.caseId, plan.caseNumber, plan.debtorId, notice);
        audit.record(AuditLog.Actor.SYSTEM, null, "PLAN_" + notice.name(), "case:" + plan.caseNumber,
                plan.reference);
        return 1;
    }

    /** Counter-offers the debtor did not accept by their first due date lapse, so that a new proposal can be made. */
    public int lapseOffers(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PaymentPlan> lapsed = plans.findOfferedDueBefore(today);
            for (PaymentPlan plan : lapsed) {
                plan.status = PlanStatus.LAPSED;
                plan.endedOn = today;
                audit.record(AuditLog.Actor.SYSTEM, null, "PLAN_OFFER_LAPSED", "case:" + plan.caseNumber,
                        plan.reference);
            }
            return lapsed.size();
        });
    }
}
