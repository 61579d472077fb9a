package no.minside.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.cases.CaseBalance;
import no.minside.cases.CaseStage;
import no.minside.cases.CollectionCase;
import no.minside.common.TimeSource;
import no.minside.creditors.Creditor;
import no.minside.fees.Breakdown;
import no.minside.fees.CostType;
import no.minside.fees.InkassoRate;
import no.minside.fees.InterestRate;
import no.minside.plans.evaluation.AllocationOrder;
import no.minside.plans.evaluation.Budget;
import no.minside.plans.evaluation.CaseSituation;
import no.minside.plans.evaluation.Decision;
import no.minside.plans.evaluation.LivingAllowances;
import no.minside.plans.evaluation.OpeningBalance;
import no.minside.plans.evaluation.PastPlan;
import no.minside.plans.evaluation.PlanEvaluation;
import no.minside.plans.evaluation.PlanEvaluator;
import no.minside.plans.evaluation.PlanKind;
import no.minside.plans.evaluation.PlanPolicy;
import no.minside.plans.evaluation.PlanRequest;
import no.minside.plans.evaluation.Proposal;
import no.minside.plans.evaluation.RatePeriod;
import no.minside.plans.evaluation.SurchargeBasis;
import no.minside.rates.LivingAllowanceRates;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The edge of the plan-evaluation core: turns a case (its balance, stage, objection, the debtor's plan history, the
 * creditor's policy, the rates) and a proposal into the core's request, and stores every evaluation with its inputs,
 * its answer and the policy version. An approved counter-offer is stored as an evaluation of its own, so that it is
 * accepted by its own id.
 */
@ApplicationScoped
public class PlanEvaluationService {

    private static final PlanEvaluator EVALUATOR = new PlanEvaluator();

    private final EvaluationRepository evaluations;
    private final PlanRepository plans;
    private final LivingAllowanceRates allowances;
    private final PlanConfig config;
    private final TimeSource time;
    private final ObjectMapper json;

    PlanEvaluationService(EvaluationRepository evaluations, PlanRepository plans, LivingAllowanceRates allowances,
                          PlanConfig config, TimeSource time, ObjectMapper json) {
        this.evaluations = evaluations;
        this.plans = plans;
        this.allowances = allowances;
        this.config = config;
        this.time = time;
        this.json = json;
    }

    /** Evaluates the proposal for the case as it stands, stores the evaluation (and its counter-offer) and answers. */
    @Transactional
    public Evaluated evaluate(CaseBalance balance, Proposal proposal, Budget budget, EvaluationChannel channel,
                              Long actorId) {
        PlanRequest request = request(balance, history(balance), proposal, budget);
        PlanEvaluation evaluation = EVALUATOR.evaluate(request);
        CollectionCase c = balance.collectionCase();
        BigDecimal balanceToday = request.balance().total();
        UUID id = UUID.randomUUID();
        EvaluationAnswer.CounterOffer offer = null;
        PlanEvaluation offered = evaluation.counterOffer() == null ? null : evaluation.counterOffer().evaluation();
        UUID offerId = offered == null ? null : UUID.randomUUID();
        if (offered != null) {
            offer = new EvaluationAnswer.CounterOffer(offerId, evaluation.counterOffer().proposal(),
                    EvaluationAnswer.Terms.of(offered, balanceToday));
        }
        EvaluationAnswer answer = answer(id, c, request, evaluation, balanceToday, offer);
        long lastPayment = balance.records().payments().stream().mapToLong(p -> p.id).max().orElse(0);
        StoredEvaluation stored = store(id, c.id, channel, actorId, null, lastPayment, request, answer);
        if (offered != null) {
            PlanRequest offerRequest = request.withProposal(evaluation.counterOffer().proposal());
            store(offerId, c.id, channel, actorId, stored.id, lastPayment, offerRequest,
                    answer(offerId, c, offerRequest, offered, balanceToday, null));
        }
        return new Evaluated(stored, answer);
    }

    /** A stored evaluation with its answer. */
    public record Evaluated(StoredEvaluation stored, EvaluationAnswer answer) {
    }

    /**
     * What a proposal would give, without storing it: the options the page shows side by side before the debtor
     * chooses (they are sums to compare, not answers; choosing one evaluates it for real).
     */
    public PlanEvaluation preview(CaseBalance balance, List<PastPlan> history, Proposal proposal) {
        return EVALUATOR.evaluate(request(balance, history, proposal, null));
    }

    /** The core's request for this case and proposal. */
    public PlanRequest request(CaseBalance balance, List<PastPlan> history, Proposal proposal, Budget budget) {
        CollectionCase c = balance.collectionCase();
        Breakdown b = balance.breakdown();
        if (!c.stage.isOpen() || b.totalDue().signum() <= 0) {
            throw new NothingToPlanException(c.caseNumber);
        }
        LocalDate today = balance.today();
        Creditor creditor = balance.records().creditor();
        InkassoRate sats = balance.rates().inkassoRateOn(today);
        boolean surchargeCharged = balance.facts().recordedFees().stream()
                .anyMatch(fee -> fee.type() == CostType.PLAN_SURCHARGE);
        LivingAllowances living = null;
        if (budget != null) {
            LivingAllowanceRates.Household h = allowances.on(today);
            living = new LivingAllowances(h.singleAdult(), h.adultInCouple(), h.child0to5(), h.child6to10(),
                    h.child11to14(), h.child15plus(), h.provisional());
        }
        return new PlanRequest(today,
                new OpeningBalance(b.feesOutstanding(), b.interestOutstanding(), b.principalOutstanding()),
                ratePeriods(balance.rates().interestRates(), today),
                AllocationOrder.valueOf(creditor.effectiveAllocationOrder().name()),
                new CaseSituation(c.stage == CaseStage.LEGAL, balance.objectionUnderReview(), history),
                // A case already charged the surcharge (an earlier plan) is never charged it twice.
                policy(creditor).withSurchargeWaived(creditor.planSurchargeWaived || surchargeCharged),
                new SurchargeBasis(sats.amount(), sats.provisional(), !creditor.vatRegistered),
                proposal, budget, living);
    }

    /** The creditor's plan policy: the agency defaults with the creditor's own overrides. */
    public PlanPolicy policy(Creditor creditor) {
        PlanPolicy policy = PlanPolicy.defaults(policyVersion(creditor));
        if (creditor.planMinInstalment != null) {
            policy = policy.withMinimumInstalment(creditor.planMinInstalment);
        }
        if (creditor.planAutoApproveMax != null) {
            policy = policy.withAutoApproveCeiling(creditor.planAutoApproveMax);
        }
        if (creditor.planMaxMonths != null) {
            policy = policy.withMaximumMonths(java.util.Arrays.asList(creditor.planMaxMonths));
        }
        return policy.withSurchargeWaived(creditor.planSurchargeWaived);
    }

    /**
     * The agency's policy name, and for a creditor with overrides its id and a digest of them: an admin's change
     * of the creditor's policy is a new version.
     */
    String policyVersion(Creditor creditor) {
        if (creditor.planMinInstalment == null && creditor.planAutoApproveMax == null && !creditor.planSurchargeWaived
                && creditor.planMaxMonths == null) {
            return config.policyVersion();
        }
        String overrides = creditor.planMinInstalment + "|" + creditor.planAutoApproveMax + "|"
                + creditor.planSurchargeWaived
                + (creditor.planMaxMonths == null ? "" : "|" + java.util.Arrays.toString(creditor.planMaxMonths));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(overrides.getBytes(StandardCharsets.UTF_8));
            return config.policyVersion() + "/creditor-" + creditor.id + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * The debtor's earlier agreements (plans in force, completed or broken, on any of their cases): a broken one
     * counts against approval for 12 months, a deferral once per case.
     */
    public List<PastPlan> history(CaseBalance balance) {
        return history(balance.collectionCase().debtorId, balance.collectionCase().id, balance.today());
    }

    /** The debtor's agreed plans as the rules weigh them for a plan on this case, as of {@code today}. */
    public List<PastPlan> history(long debtorId, long caseId, LocalDate today) {
        List<PastPlan> history = new ArrayList<>();
        for (PaymentPlan plan : plans.findByDebtor(debtorId)) {
            if (!plan.status.wasAgreed()) {
                continue;
            }
            LocalDate brokenOn = plan.status == PlanStatus.BROKEN ? plan.endedOn : null;
            if (brokenOn != null && brokenOn.isAfter(today)) {
                brokenOn = today;
            }
            history.add(new PastPlan(plan.isDeferral() ? PlanKind.DEFERRAL : PlanKind.PLAN,
                    plan.caseId.equals(caseId), brokenOn));
        }
        return history;
    }

    /**
     * The late-interest periods from tomorrow on, without gaps and open at the end, as the core needs them: a gap
     * or a closed last period (the next half-year not entered yet) carries the last known rate forward, as the
     * rate table's provisional rows do.
     */
    static List<RatePeriod> ratePeriods(List<InterestRate> rates, LocalDate today) {
        List<RatePeriod> periods = new ArrayList<>();
        LocalDate from = today.plusDays(1);
        BigDecimal last = null;
        for (InterestRate rate : rates) {
            if (rate.validTo() != null && rate.validTo().isBefore(from)) {
                last = rate.percent();
                continue;
            }
            LocalDate start = rate.validFrom().isAfter(from) ? rate.validFrom() : from;
            if (start.isAfter(from)) {
                if (last == null) {
                    last = rate.percent();
                }
                periods.add(new RatePeriod(from, start.minusDays(1), last));
            }
            periods.add(new RatePeriod(start, rate.validTo(), rate.percent()));
            last = rate.percent();
            if (rate.validTo() == null) {
                return periods;
            }
            from = rate.validTo().plusDays(1);
        }
        periods.add(new RatePeriod(from, null, last == null ? BigDecimal.ZERO : last));
        return periods;
    }

    private EvaluationAnswer answer(UUID id, CollectionCase c, PlanRequest request, PlanEvaluation e,
                                    BigDecimal balanceToday, EvaluationAnswer.CounterOffer offer) {
        return new EvaluationAnswer(id, c.caseNumber, request.today(), e.policyVersion(), e.decision(),
                request.proposal(), EvaluationAnswer.rulesOf(e.checks()), EvaluationAnswer.Terms.of(e, balanceToday),
                e.maximumMonths(), e.disposableIncome(), offer);
    }

    private StoredEvaluation store(UUID id, long caseId, EvaluationChannel channel, Long actorId, Long counterOfferOf,
                                   long lastPaymentId, PlanRequest request, EvaluationAnswer answer) {
        StoredEvaluation e = new StoredEvaluation();
        e.publicId = id;
        e.caseId = caseId;
        e.channel = channel;
        e.actorId = actorId;
        e.counterOfferOf = counterOfferOf;
        e.evaluatedOn = request.today();
        e.policyVersion = answer.policyVersion();
        e.lastPaymentId = lastPaymentId;
        e.decision = answer.decision();
        e.inputs = write(request);
        e.result = write(answer);
        e.createdAt = time.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        evaluations.persist(e);
        return e;
    }

    /** The answer as it was stored. */
    public EvaluationAnswer answerOf(StoredEvaluation e) {
        try {
            return json.readValue(e.result, EvaluationAnswer.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Evaluation " + e.publicId + " has an unreadable result", ex);
        }
    }

    /** The budget the debtor gave with the evaluation, or null. */
    public Budget budgetOf(StoredEvaluation e) {
        JsonNode node = inputsOf(e).get("budget");
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return json.treeToValue(node, Budget.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Evaluation " + e.publicId + " has an unreadable budget", ex);
        }
    }

    /** The living allowances the budget was judged by, or null without a budget. */
    public LivingAllowances allowancesOf(StoredEvaluation e) {
        JsonNode node = inputsOf(e).get("livingAllowances");
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return json.treeToValue(node, LivingAllowances.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Evaluation " + e.publicId + " has unreadable allowances", ex);
        }
    }

    /** The surcharge basis (the sats, and whether VAT is added) the evaluation used. */
    public SurchargeBasis surchargeBasisOf(StoredEvaluation e) {
        try {
            return json.treeToValue(inputsOf(e).get("surcharge"), SurchargeBasis.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Evaluation " + e.publicId + " has an unreadable surcharge", ex);
        }
    }

    private JsonNode inputsOf(StoredEvaluation e) {
        try {
            return json.readTree(e.inputs);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Evaluation " + e.publicId + " has unreadable inputs", ex);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Whether the answer is what the debtor may accept: approved, or sent on to a case officer. */
    static boolean acceptable(Decision decision) {
        return decision != Decision.REJECTED;
    }
}
