package no.minside.plans;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseActions;
import no.minside.cases.CaseBalance;
import no.minside.cases.CaseBalances;
import no.minside.cases.CollectionCase;
import no.minside.cases.DebtorCaseService;
import no.minside.common.AgencyConfig;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Visitor;
import no.minside.fees.DebtorKind;
import no.minside.plans.evaluation.Decision;
import no.minside.plans.evaluation.PastPlan;
import no.minside.plans.evaluation.PlanEvaluation;
import no.minside.plans.evaluation.PlanKind;
import no.minside.plans.evaluation.PlanPolicy;
import no.minside.plans.evaluation.Proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The debtor's payment plans: the options and the answer on the plan page, a proposal evaluated at once, accepting
 * an answer (or a counter-offer) after its summary, and the plan's own page. Owns the ownership rule through
 * {@link DebtorCaseService#owned}: another debtor's case, plan or evaluation is not found.
 */
@ApplicationScoped
public class PlanService {

    /** The months the options are drawn from; the page shows the longest three the policy allows. */
    private static final List<Integer> OPTION_MONTHS = List.of(2, 3, 6, 12, 24, 36);
    private static final int OPTIONS = 3;

    private final DebtorCaseService debtorCases;
    private final CaseBalances balances;
    private final CaseActions cases;
    private final PlanEvaluationService evaluations;
    private final PlanLifecycle lifecycle;
    private final PlanRepository plans;
    private final EvaluationRepository stored;
    private final Validator validator;
    private final AuditLog audit;
    private final TimeSource time;
    private final PlanConfig config;
    private final AgencyConfig agency;

    PlanService(DebtorCaseService debtorCases, CaseBalances balances, CaseActions cases,
                PlanEvaluationService evaluations, PlanLifecycle lifecycle, PlanRepository plans,
                EvaluationRepository stored, Validator validator, AuditLog audit, TimeSource time, PlanConfig config,
                AgencyConfig agency) {
        this.debtorCases = debtorCases;
        this.balances = balances;
        this.cases = cases;
        this.evaluations = evaluations;
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.stored = stored;
        this.validator = validator;
        this.audit = audit;
        this.time = time;
        this.config = config;
        this.agency = agency;
    }

    /**
     * The plan page: the options, the answer to {@code evaluationId} when given (and the debtor's), the form. Without
     * an answer the page depends on the case and the debtor's past plans (the options weigh a broken plan on any of
     * their cases) and is kept with the case's views until either changes or the day turns (issue 12: it worked out
     * the balance and every option on each request).
     */
    public PlanViews.PlanPage page(Visitor visitor, String caseNumber, String evaluationId, boolean renewed) {
        if (evaluationId == null && !renewed) {
            return debtorCases.keptView(visitor, caseNumber,
                    version -> new OptionsOf(evaluations.history(version.debtorId(), version.caseId(), time.today())),
                    PlanViews.PlanPage.class, () -> QuarkusTransaction.joiningExisting()
                            .call(() -> workedOutPage(visitor, caseNumber, null, false)));
        }
        return QuarkusTransaction.joiningExisting()
                .call(() -> workedOutPage(visitor, caseNumber, evaluationId, renewed));
    }

    /** What a kept plan page depends on besides the case: the debtor's past plans as the rules weigh them. */
    private record OptionsOf(List<PastPlan> history) {
    }

    private PlanViews.PlanPage workedOutPage(Visitor visitor, String caseNumber, String evaluationId,
                                             boolean renewed) {
        CollectionCase c = debtorCases.owned(visitor, caseNumber);
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        LocalDate today = balance.today();
        PlanPolicy policy = evaluations.policy(balance.records().creditor());
        PlanViews.OpenPlan open = plans.findOpenByCase(c.id)
                .map(p -> new PlanViews.OpenPlan(p.reference, p.status)).orElse(null);
        BigDecimal owed = balance.breakdown().totalDue();
        boolean nothingToPay = !c.stage.isOpen() || owed.signum() <= 0;
        List<PlanViews.Option> options = nothingToPay || open != null ? List.of()
                : options(balance, policy, suggestedFirstDue(today, policy));
        EvaluationAnswer answer = evaluationId == null ? null : portalEvaluation(evaluationId, c.id)
                .map(evaluations::answerOf).orElse(null);
        return new PlanViews.PlanPage(c.caseNumber, balance.records().creditor().name, owed,
                balance.records().debtor().kind == DebtorKind.BUSINESS, open, nothingToPay, options, answer,
                renewed, suggestedFirstDue(today, policy), today.plusDays(policy.firstDueWithinDays()),
                policy.minimumInstalment(),
                WorkingDays.dateOf(WorkingDays.endOfWorkingDay(time.now(), config.answerWorkingDays())), c.kid,
                balance.objectionUnderReview());
    }

    /** The form as the page first shows it: empty but for the suggested first due date. */
    public PlanForm emptyForm(PlanViews.PlanPage page) {
        return PlanForm.suggesting(page.suggestedFirstDue());
    }

    /** The form as it was filled in for the answer shown, so that the debtor can change it. */
    @Transactional
    public PlanForm formFor(Visitor visitor, String caseNumber, String evaluationId) {
        CollectionCase c = debtorCases.owned(visitor, caseNumber);
        return portalEvaluation(evaluationId, c.id).filter(e -> e.counterOfferOf == null)
                .map(e -> PlanForm.of(evaluations.answerOf(e).proposal(), evaluations.budgetOf(e)))
                .orElse(null);
    }

    /**
     * Evaluates the debtor's proposal and stores the evaluation; returns its id for the answer on the page.
     *
     * @throws no.minside.common.InvalidFormException with every problem of the form; nothing is evaluated then
     * @throws PlanAlreadyOpenException            when the case has a plan in force or under consideration
     * @throws NothingToPlanException              when the case owes nothing
     */
    @Transactional
    public UUID propose(Visitor visitor, String caseNumber, PlanForm form) {
        CollectionCase c = debtorCases.owned(visitor, caseNumber);
        Validation.check(validator, form, PlanForm.rules(time.today()));
        Optional<PaymentPlan> open = plans.findOpenByCase(c.id);
        if (open.isPresent()) {
            throw new PlanAlreadyOpenException(open.get().reference);
        }
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        PlanEvaluationService.Evaluated evaluated = evaluations.evaluate(balance, form.proposal(), form.budget(),
                EvaluationChannel.PORTAL, visitor.debtorId());
        audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(), "PLAN_EVALUATED", "case:" + c.caseNumber,
                evaluated.answer().decision() + " " + evaluated.answer().evaluationId()
                        + (form.hasBudget() ? " with budget" : ""));
        return evaluated.answer().evaluationId();
    }

    /**
     * Accepts an answer the debtor has seen the summary of: an approved evaluation or counter-offer puts the plan
     * in force, a referred one sends it to a case officer, a case officer's counter-offer puts the offered plan in
     * force. Accepting the same evaluation again (a double click) answers with the same plan. An answer from
     * another day, for a balance that has changed since, or given before an objection that is open now, is worked
     * out again instead, for the debtor to check; no plan binds while the debtor disputes the claim, so an
     * officer's counter-offer then waits on its page.
     *
     * @throws NotFoundException          for an evaluation that is not this debtor's, or that was rejected
     * @throws PlanAlreadyOpenException   when the case has another plan in force or under consideration
     */
    @Transactional
    public PlanViews.Accepted accept(Visitor visitor, String caseNumber, String evaluationId) {
        CollectionCase owned = debtorCases.owned(visitor, caseNumber);
        UUID id = parseId(evaluationId).orElseThrow(() -> new NotFoundException("Evaluation"));
        // Two clicks at once meet here: the second finds the plan the first made.
        CollectionCase c = cases.lock(owned.id, false).orElseThrow();
        StoredEvaluation e = stored.findForCase(id, c.id)
                .filter(found -> found.channel == EvaluationChannel.PORTAL
                        || found.channel == EvaluationChannel.OFFICER)
                .orElseThrow(() -> new NotFoundException("Evaluation"));
        Optional<PaymentPlan> made = plans.findByEvaluation(e.id);
        if (made.isPresent()) {
            PaymentPlan plan = made.get();
            if (e.id.equals(plan.offerEvaluationId) && plan.status == PlanStatus.OFFERED) {
                // While an objection is open the offer waits (until it lapses); its page says why.
                if (!balances.of(c, CaseBalances.Detail.BALANCE).objectionUnderReview()) {
                    acceptOffer(visitor, plan, c, e);
                }
            }
            return new PlanViews.Accepted(plan.reference, null);
        }
        EvaluationAnswer answer = evaluations.answerOf(e);
        if (e.channel != EvaluationChannel.PORTAL || answer.rejected()) {
            throw new NotFoundException("Evaluation");
        }
        Optional<PaymentPlan> open = plans.findOpenByCase(c.id);
        if (open.isPresent()) {
            throw new PlanAlreadyOpenException(open.get().reference);
        }
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        if (!e.evaluatedOn.equals(balance.today())
                || answer.terms().balanceToday().compareTo(balance.breakdown().totalDue()) != 0
                || balance.objectionUnderReview()) {
            return renew(visitor, c, balance, answer, e, id);
        }
        PaymentPlan plan = lifecycle.create(c, e, answer);
        audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(),
                plan.status == PlanStatus.ACTIVE ? "PLAN_ACCEPTED" : "PLAN_REFERRED", "case:" + c.caseNumber,
                plan.reference + " " + e.publicId);
        return new PlanViews.Accepted(plan.reference, null);
    }

    /** The proposal of an answer evaluated again for the case as it stands now, for the debtor to check. */
    private PlanViews.Accepted renew(Visitor visitor, CollectionCase c, CaseBalance balance, EvaluationAnswer answer,
                                     StoredEvaluation e, UUID id) {
        PlanEvaluationService.Evaluated renewed = evaluations.evaluate(balance, answer.proposal(),
                evaluations.budgetOf(e), EvaluationChannel.PORTAL, visitor.debtorId());
        audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(), "PLAN_EVALUATED", "case:" + c.caseNumber,
                renewed.answer().decision() + " " + renewed.answer().evaluationId() + " (renewed " + id + ")");
        return new PlanViews.Accepted(null, renewed.answer().evaluationId());
    }

    private void acceptOffer(Visitor visitor, PaymentPlan plan, CollectionCase c, StoredEvaluation offer) {
        LocalDate today = time.today();
        if (plan.firstDueDate.isBefore(today)) {
            plan.status = PlanStatus.LAPSED;
            plan.endedOn = today;
            audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(), "PLAN_OFFER_LAPSED", "case:" + c.caseNumber,
                    plan.reference);
            return;
        }
        lifecycle.activate(plan, c, offer, today);
        audit.record(AuditLog.Actor.DEBTOR, visitor.debtorId(), "PLAN_OFFER_ACCEPTED", "case:" + c.caseNumber,
                plan.reference + " " + offer.publicId);
    }

    /** A plan's page: its terms, the schedule with what is paid, the next instalment and how to pay. */
    @Transactional
    public PlanViews.PlanView plan(Visitor visitor, String caseNumber, String reference) {
        CollectionCase c = debtorCases.owned(visitor, caseNumber);
        PaymentPlan plan = reference == null || !reference.matches("BA-[0-9]{1,12}") ? null
                : plans.findByReference(reference, c.id).orElse(null);
        if (plan == null) {
            throw new NotFoundException("Plan");
        }
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        LocalDate today = balance.today();
        List<PlanViews.Row> rows = plans.instalments(plan.id).stream().map(i -> row(i, today)).toList();
        BigDecimal paid = rows.stream().map(PlanViews.Row::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        PlanViews.Row next = plan.status == PlanStatus.ACTIVE
                ? rows.stream().filter(r -> r.state() != PlanViews.RowState.PAID).findFirst().orElse(null) : null;
        EvaluationAnswer offer = plan.status == PlanStatus.OFFERED && plan.offerEvaluationId != null
                ? evaluations.answerOf(stored.findById(plan.offerEvaluationId)) : null;
        return new PlanViews.PlanView(c.caseNumber, plan.reference, plan.status, plan.isDeferral(), plan.kid,
                agency.accountNumber(), plan.firstDueDate, plan.months, plan.instalment, plan.surcharge,
                plan.totalToPay, paid, balance.breakdown().totalDue(), rows, next,
                WorkingDays.dateOf(plan.answerDueAt), plan.startedOn, plan.endedOn, plan.decisionReason, offer,
                config.breakAfterDays(), balance.objectionUnderReview());
    }

    static PlanViews.Row row(PlanInstalment i, LocalDate today) {
        PlanViews.RowState state = i.isPaid() ? PlanViews.RowState.PAID
                : i.dueDate.isBefore(today) ? PlanViews.RowState.LATE
                : i.paidAmount.signum() > 0 ? PlanViews.RowState.PART : PlanViews.RowState.DUE;
        return new PlanViews.Row(i.number, i.dueDate, i.amount, i.paidAmount, i.left(), state, i.paidOn);
    }

    /**
     * The options side by side: a deferral (when the case has not had one), then the longest three of 2, 3, 6,
     * 12, 24 and 36 months the policy allows for what is owed, each from the suggested first due date; an option
     * the rules would reject (an instalment below the minimum) is left out.
     */
    private List<PlanViews.Option> options(CaseBalance balance, PlanPolicy policy, LocalDate first) {
        List<PastPlan> history = evaluations.history(balance);
        boolean deferralUsed = history.stream().anyMatch(p -> p.kind() == PlanKind.DEFERRAL && p.onThisCase());
        int maximum = policy.maximumMonthsFor(balance.breakdown().totalDue());
        TreeSet<Integer> months = new TreeSet<>();
        for (int m : OPTION_MONTHS) {
            if (m <= maximum) {
                months.add(m);
            }
        }
        if (maximum >= 2) {
            months.add(maximum);
        }
        while (months.size() > OPTIONS) {
            months.pollFirst();
        }
        List<Integer> candidates = new ArrayList<>();
        if (!deferralUsed) {
            candidates.add(1);
        }
        candidates.addAll(months);
        List<PlanViews.Option> options = new ArrayList<>();
        for (int m : candidates) {
            PlanEvaluation e = evaluations.preview(balance, history, Proposal.ofMonths(m, first));
            if (e.decision() == Decision.REJECTED || !e.clears()) {
                continue;
            }
            options.add(new PlanViews.Option(e.months(), e.deferral(), first,
                    e.schedule().get(e.schedule().size() - 1).dueDate(), e.regularInstalment(),
                    e.projectedInterest(), e.surcharge(), e.totalToPay(), e.decision()));
        }
        return options;
    }

    private LocalDate suggestedFirstDue(LocalDate today, PlanPolicy policy) {
        return today.plusDays(Math.min(config.suggestedFirstDueDays(),
                Math.min(policy.firstDueWithinDays(), policy.deferralWithinDays())));
    }

    private Optional<StoredEvaluation> portalEvaluation(String evaluationId, long caseId) {
        return parseId(evaluationId).flatMap(id -> stored.findForCase(id, caseId))
                .filter(e -> e.channel == EvaluationChannel.PORTAL);
    }

    static Optional<UUID> parseId(String text) {
        if (text == null || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
