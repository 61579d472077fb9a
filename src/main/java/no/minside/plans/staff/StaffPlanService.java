package no.minside.plans.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseActions;
import no.minside.cases.CaseBalance;
import no.minside.cases.CaseBalances;
import no.minside.cases.CollectionCase;
import no.minside.common.NationalId;
import no.minside.common.NotFoundException;
import no.minside.common.Roles;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Violations;
import no.minside.common.Visitor;
import no.minside.debtors.Debtor;
import no.minside.notify.Notice;
import no.minside.notify.Notifications;
import no.minside.plans.EvaluationAnswer;
import no.minside.plans.EvaluationChannel;
import no.minside.plans.EvaluationRepository;
import no.minside.plans.PaymentPlan;
import no.minside.plans.PlanAlreadyDecidedException;
import no.minside.plans.PlanEvaluationService;
import no.minside.plans.PlanLifecycle;
import no.minside.plans.PlanRepository;
import no.minside.plans.PlanStatus;
import no.minside.plans.PlanViews;
import no.minside.plans.StoredEvaluation;
import no.minside.plans.evaluation.Budget;
import no.minside.plans.evaluation.LivingAllowances;
import no.minside.staff.StaffDirectory;
import no.minside.staff.StaffMember;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Case officers' work on referred plans: the queue, one plan with everything it was judged on, and the decision
 * (approve, reject, or a counter-offer evaluated by the same core). Every view and every decision is audited. Two
 * officers deciding at once: the case row lock puts them one after the other and the plan's version tells the
 * second that the first has decided.
 */
@ApplicationScoped
public class StaffPlanService {

    private final PlanRepository plans;
    private final EvaluationRepository evaluations;
    private final PlanEvaluationService evaluator;
    private final PlanLifecycle lifecycle;
    private final CaseActions cases;
    private final CaseBalances balances;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TimeSource time;
    private final Validator validator;

    StaffPlanService(PlanRepository plans, EvaluationRepository evaluations, PlanEvaluationService evaluator,
                     PlanLifecycle lifecycle, CaseActions cases, CaseBalances balances, StaffDirectory staff,
                     Notifications notifications, AuditLog audit, TimeSource time, Validator validator) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.evaluator = evaluator;
        this.lifecycle = lifecycle;
        this.cases = cases;
        this.balances = balances;
        this.staff = staff;
        this.notifications = notifications;
        this.audit = audit;
        this.time = time;
        this.validator = validator;
    }

    /** At most this many plans on the queue page: the oldest, which are the ones to decide first. */
    static final int QUEUE_LIMIT = 200;

    /** The oldest referred plans, in a fixed number of queries however many wait. */
    @Transactional
    public StaffPlanViews.Queue queue(Visitor officer) {
        audit.record(AuditLog.Actor.STAFF, officer.staffId(), "STAFF_VIEWED_PLAN_QUEUE", "plans", null);
        List<PlanRepository.Referred> found = plans.findReferredWithCases(QUEUE_LIMIT + 1);
        List<PlanRepository.Referred> referred = found.subList(0, Math.min(found.size(), QUEUE_LIMIT));
        Map<Long, java.math.BigDecimal> owed = cases.totalsDue(referred.stream().map(PlanRepository.Referred::head)
                .toList());
        Instant now = time.now();
        return new StaffPlanViews.Queue(referred.stream().map(r -> {
            PaymentPlan p = r.plan();
            return new StaffPlanViews.QueueRow(p.id, p.reference, p.caseNumber, r.debtorName(), p.submittedAt,
                    p.answerDueAt, p.answerDueAt != null && p.answerDueAt.isBefore(now), p.instalment, p.months,
                    owed.get(p.caseId));
        }).toList(), found.size() > QUEUE_LIMIT);
    }

    /** One plan, as an officer decides it; the view is audited. */
    @Transactional
    public StaffPlanViews.Item item(Visitor officer, String id) {
        PaymentPlan plan = find(id);
        audit.record(AuditLog.Actor.STAFF, officer.staffId(), "STAFF_VIEWED_PLAN", "case:" + plan.caseNumber,
                plan.reference);
        CaseBalance balance = cases.balances(List.of(plan.caseId)).get(0);
        Debtor debtor = balance.records().debtor();
        StoredEvaluation evaluation = evaluations.findById(plan.evaluationId);
        LocalDate today = balance.today();
        List<PlanViews.Row> schedule = plans.instalments(plan.id).stream()
                .map(i -> new PlanViews.Row(i.number, i.dueDate, i.amount, i.paidAmount, i.left(),
                        i.isPaid() ? PlanViews.RowState.PAID : i.dueDate.isBefore(today) ? PlanViews.RowState.LATE
                                : i.paidAmount.signum() > 0 ? PlanViews.RowState.PART : PlanViews.RowState.DUE,
                        i.paidOn))
                .toList();
        List<StaffPlanViews.HistoryRow> history = plans.findByDebtor(plan.debtorId).stream()
                .map(p -> new StaffPlanViews.HistoryRow(p.reference, p.caseNumber, p.status, p.months, p.instalment,
                        p.submittedAt, p.endedOn, p.id.equals(plan.id)))
                .toList();
        EvaluationAnswer offer = plan.offerEvaluationId == null ? null
                : evaluator.answerOf(evaluations.findById(plan.offerEvaluationId));
        String decidedBy = plan.decidedBy == null ? null
                : staff.active(plan.decidedBy).map(StaffMember::displayName).orElse("#" + plan.decidedBy);
        boolean canDecide = plan.status == PlanStatus.REFERRED
                && (Roles.OFFICER.equals(officer.role()) || Roles.ADMIN.equals(officer.role()));
        return new StaffPlanViews.Item(plan.id, plan.reference, plan.status, plan.version, plan.caseNumber,
                balance.records().creditor().name, debtor.name,
                debtor.nationalId != null ? NationalId.mask(debtor.nationalId) : debtor.organisationNumber,
                balance.breakdown().totalDue(), plan.kid, plan.submittedAt, plan.answerDueAt,
                plan.status == PlanStatus.REFERRED && plan.answerDueAt != null
                        && plan.answerDueAt.isBefore(time.now()),
                evaluator.answerOf(evaluation), budget(evaluation), schedule, history, offer, decidedBy,
                plan.decidedAt, plan.decisionReason, canDecide, today, balance.objectionUnderReview());
    }

    private StaffPlanViews.BudgetView budget(StoredEvaluation evaluation) {
        Budget b = evaluator.budgetOf(evaluation);
        if (b == null) {
            return null;
        }
        LivingAllowances allowances = evaluator.allowancesOf(evaluation);
        return new StaffPlanViews.BudgetView(b.netIncome(), b.housing(), b.adults(), b.children0to5(),
                b.children6to10(), b.children11to14(), b.children15plus(), b.otherDebts(), b.allowance(allowances),
                allowances.provisional(), b.disposable(allowances));
    }

    /**
     * Decides a referred plan. A counter-offer is evaluated by the core for the case as it stands (with the
     * debtor's budget) and sent only when the rules allow it (approved, or within what an officer may approve);
     * otherwise nothing is decided and the answer says which rules it breaks.
     *
     * @return the counter-offer's evaluation when the rules refuse it, else null (decided)
     * @throws no.minside.common.InvalidFormException with every problem of the form
     * @throws PlanAlreadyDecidedException          when another officer decided first, or the plan changed since
     *                                              the officer's page was read
     */
    @Transactional
    public EvaluationAnswer decide(Visitor officer, String id, DecisionForm form) {
        PaymentPlan plan = find(id);
        LocalDate today = time.today();
        Validation.check(validator, form, DecisionForm.rules(today));
        CollectionCase c = cases.lock(plan.caseId, false).orElseThrow();
        plans.refresh(plan);
        if (plan.status != PlanStatus.REFERRED || plan.version != form.seenVersion()) {
            throw new PlanAlreadyDecidedException(plan.reference);
        }
        StoredEvaluation evaluation = evaluations.findById(plan.evaluationId);
        DecisionForm.Decision decision = form.chosen();
        String action;
        switch (decision) {
            case APPROVE -> {
                if (plan.firstDueDate.isBefore(today)) {
                    new Violations().add("decision", "error_first_due_passed").throwIfAny();
                }
                // A disputed claim may not be pursued: no plan binds the debtor until support has answered.
                if (balances.of(c, CaseBalances.Detail.BALANCE).objectionUnderReview()) {
                    new Violations().add("decision", "error_objection_open").throwIfAny();
                }
                lifecycle.activate(plan, c, evaluation, today);
                action = "PLAN_APPROVED";
            }
            case REJECT -> {
                plan.status = PlanStatus.REJECTED;
                plan.endedOn = today;
                action = "PLAN_REJECTED";
            }
            default -> {
                CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
                PlanEvaluationService.Evaluated offer = evaluator.evaluate(balance, form.proposal(),
                        evaluator.budgetOf(evaluation), EvaluationChannel.OFFICER, officer.staffId());
                if (offer.answer().rejected()) {
                    audit.record(AuditLog.Actor.STAFF, officer.staffId(), "PLAN_COUNTER_OFFER_REFUSED",
                            "case:" + plan.caseNumber, plan.reference + " " + offer.answer().evaluationId());
                    return offer.answer();
                }
                plan.status = PlanStatus.OFFERED;
                plan.offerEvaluationId = offer.stored().id;
                plan.paymentsAfter = offer.stored().lastPaymentId;
                lifecycle.offer(plan, offer.answer().terms());
                action = "PLAN_COUNTER_OFFERED";
            }
        }
        plan.decidedBy = officer.staffId();
        plan.decidedAt = time.now();
        plan.decisionReason = form.reason().strip();
        try {
            plans.flush();
        } catch (OptimisticLockException raced) {
            throw new PlanAlreadyDecidedException(plan.reference);
        }
        notifications.tell(c.id, c.caseNumber, c.debtorId, Notice.PLAN_DECIDED);
        audit.record(AuditLog.Actor.STAFF, officer.staffId(), action, "case:" + plan.caseNumber, plan.reference);
        return null;
    }

    private PaymentPlan find(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException("Plan");
        }
        PaymentPlan plan = plans.findById(Long.parseLong(id));
        if (plan == null) {
            throw new NotFoundException("Plan");
        }
        return plan;
    }
}
