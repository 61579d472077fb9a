package no.minside.plans.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.cases.CaseActions;
import no.minside.cases.CaseBalance;
import no.minside.cases.CollectionCase;
import no.minside.common.FieldError;
import no.minside.common.InvalidRequestException;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.plans.EvaluationAnswer;
import no.minside.plans.EvaluationChannel;
import no.minside.plans.NothingToPlanException;
import no.minside.plans.PlanEvaluationService;
import no.minside.plans.evaluation.Budget;
import no.minside.plans.evaluation.Proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan-evaluation service for other channels: a channel's key may evaluate any case, a creditor's key only its
 * own (another creditor's case is not found). Every evaluation is stored and audited like the portal's.
 */
@ApplicationScoped
public class PlanApiService {

    /** Who is asking: a channel client or a creditor, by id. */
    public record Caller(EvaluationChannel channel, long id) {
    }

    /** A first due date further from today than this (either way) is refused as a typo. */
    private static final int MAX_DAYS_AWAY = 366;

    private final CaseActions cases;
    private final PlanEvaluationService evaluations;
    private final Validator validator;
    private final AuditLog audit;
    private final TimeSource time;

    PlanApiService(CaseActions cases, PlanEvaluationService evaluations, Validator validator, AuditLog audit,
                   TimeSource time) {
        this.cases = cases;
        this.evaluations = evaluations;
        this.validator = validator;
        this.audit = audit;
        this.time = time;
    }

    /**
     * Evaluates the proposal for the case as it stands now.
     *
     * @throws InvalidRequestException naming every bad field
     * @throws NotFoundException       for a case that does not exist or (for a creditor) is not its own
     */
    @Transactional
    public EvaluationAnswer evaluate(Caller caller, PlanEvaluationRequest request) {
        validate(request);
        CollectionCase c = cases.byNumber(request.caseNumber())
                .filter(found -> caller.channel() != EvaluationChannel.CREDITOR
                        || found.creditorId.equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("Case"));
        CaseBalance balance = cases.balances(List.of(c.id)).get(0);
        PlanEvaluationRequest.Proposal p = request.proposal();
        Proposal proposal = new Proposal(p.monthlyAmount() == null ? null : p.monthlyAmount().setScale(2),
                p.months(), p.firstDueDate());
        EvaluationAnswer answer;
        try {
            answer = evaluations.evaluate(balance, proposal, budget(request.budget()), caller.channel(),
                    caller.id()).answer();
        } catch (NothingToPlanException e) {
            throw new InvalidRequestException(List.of(new FieldError("caseNumber", "has nothing left to pay")));
        }
        audit.record(caller.channel() == EvaluationChannel.CREDITOR ? AuditLog.Actor.CREDITOR : AuditLog.Actor.CLIENT,
                caller.id(), "PLAN_EVALUATED", "case:" + c.caseNumber,
                answer.decision() + " " + answer.evaluationId() + (request.budget() != null ? " with budget" : ""));
        return answer;
    }

    private void validate(PlanEvaluationRequest request) {
        List<FieldError> errors = Validation.fieldErrors(validator, request);
        PlanEvaluationRequest.Proposal p = request.proposal();
        if (p != null) {
            if (p.monthlyAmount() == null && p.months() == null) {
                errors.add(new FieldError("proposal", "needs monthlyAmount or months"));
            } else if (p.monthlyAmount() != null && p.months() != null) {
                errors.add(new FieldError("proposal.months", "give monthlyAmount or months, not both"));
            }
            LocalDate today = time.today();
            if (p.firstDueDate() != null && (p.firstDueDate().isBefore(today.minusDays(MAX_DAYS_AWAY))
                    || p.firstDueDate().isAfter(today.plusDays(MAX_DAYS_AWAY)))) {
                errors.add(new FieldError("proposal.firstDueDate", "must be within a year from today"));
            }
        }
        Validation.refuseIfAny(errors);
    }

    private static Budget budget(PlanEvaluationRequest.Budget b) {
        if (b == null) {
            return null;
        }
        return new Budget(b.netIncome().setScale(2), orZero(b.housing()), b.adults() == null ? 1 : b.adults(),
                orZero(b.children0to5()), orZero(b.children6to10()), orZero(b.children11to14()),
                orZero(b.children15plus()), orZero(b.otherDebts()));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
