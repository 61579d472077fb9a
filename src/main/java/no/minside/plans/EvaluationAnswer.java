package no.minside.plans;

import no.minside.plans.evaluation.Decision;
import no.minside.plans.evaluation.Instalment;
import no.minside.plans.evaluation.PlanEvaluation;
import no.minside.plans.evaluation.Proposal;
import no.minside.plans.evaluation.RuleCheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The answer to one proposal as it is stored, sent by the API and shown on the pages: the decision, every rule with
 * its reason in bokmål and English, the terms of the plan and, when the proposal is not approved, a counter-offer
 * that would be, under an evaluation id of its own.
 *
 * @param disposableIncome what the debtor's budget leaves a month (null without a budget)
 * @param counterOffer     null when the proposal is approved or no approvable plan exists
 */
public record EvaluationAnswer(UUID evaluationId, String caseNumber, LocalDate evaluatedOn, String policyVersion,
                               Decision decision, Proposal proposal, List<Rule> rules, Terms terms,
                               int maximumMonths, BigDecimal disposableIncome, CounterOffer counterOffer) {

    /** One rule as checked. */
    public record Rule(String rule, boolean passed, Reason reason) {
    }

    /** A reason in both languages. */
    public record Reason(String nb, String en) {

        /** The reason in the page's language ("nb" or "en"). */
        public String in(String lang) {
            return "en".equals(lang) ? en : nb;
        }
    }

    /**
     * The plan as evaluated. For a plan that clears, {@code totalToPay = totalBeforePlan + projectedInterest} and is
     * the sum of the schedule; {@code balanceToday} is what is owed today without the surcharge.
     *
     * @param clears whether the proposal pays the debt off at all (a monthly amount too small does not: no schedule)
     */
    public record Terms(BigDecimal instalment, int months, boolean deferral, boolean clears, BigDecimal balanceToday,
                        BigDecimal surcharge, boolean surchargeProvisional, BigDecimal totalBeforePlan,
                        BigDecimal projectedInterest, BigDecimal totalToPay, LocalDate firstDueDate,
                        LocalDate lastDueDate, List<Scheduled> schedule) {

        public boolean hasSurcharge() {
            return surcharge.signum() > 0;
        }

        /** The last instalment, which is adjusted to what is left, when it differs from the others. */
        public BigDecimal lastInstalment() {
            return schedule.isEmpty() ? null : schedule.get(schedule.size() - 1).amount();
        }

        public boolean lastDiffers() {
            return schedule.size() > 1 && lastInstalment().compareTo(instalment) != 0;
        }

        static Terms of(PlanEvaluation e, BigDecimal balanceToday) {
            List<Scheduled> schedule = e.schedule().stream().map(Scheduled::of).toList();
            return new Terms(e.regularInstalment(), e.months(), e.deferral(), e.clears(), balanceToday,
                    e.surcharge(), e.surchargeProvisional(), e.totalBeforePlan(), e.projectedInterest(),
                    e.totalToPay(), schedule.isEmpty() ? null : schedule.get(0).dueDate(),
                    schedule.isEmpty() ? null : schedule.get(schedule.size() - 1).dueDate(), schedule);
        }
    }

    /** One instalment of the schedule, split as it would be paid on time, and what is owed after it. */
    public record Scheduled(int number, LocalDate dueDate, BigDecimal amount, BigDecimal toCosts,
                            BigDecimal toInterest, BigDecimal toPrincipal, BigDecimal remainingAfter) {

        static Scheduled of(Instalment i) {
            return new Scheduled(i.number(), i.dueDate(), i.amount(), i.toCosts(), i.toInterest(), i.toPrincipal(),
                    i.remainingAfter());
        }
    }

    /** A plan that would be approved at once, accepted by its own evaluation id. */
    public record CounterOffer(UUID evaluationId, Proposal proposal, Terms terms) {
    }

    public boolean approved() {
        return decision == Decision.APPROVED;
    }

    public boolean referred() {
        return decision == Decision.REFERRED;
    }

    public boolean rejected() {
        return decision == Decision.REJECTED;
    }

    /** The rules that failed, in report order: what the page explains. */
    public List<Rule> failedRules() {
        return rules.stream().filter(r -> !r.passed()).toList();
    }

    static List<Rule> rulesOf(List<RuleCheck> checks) {
        return checks.stream().map(c -> new Rule(c.rule(), c.passed(), new Reason(c.reasonNb(), c.reasonEn())))
                .toList();
    }
}
