package no.minside.plans.evaluation;


/**
 * A plan the agency would approve at once instead of the one asked for, with its own approved evaluation (schedule,
 * instalment, months, total and surcharge) so the page can show it without asking again.
 */
public record CounterOffer(Proposal proposal, PlanEvaluation evaluation) {

    public CounterOffer {
        Amounts.required(proposal, "proposal");
        Amounts.required(evaluation, "evaluation");
        if (evaluation.decision() != Decision.APPROVED || evaluation.counterOffer() != null) {
            throw new IllegalArgumentException("a counter-offer is an approved plan with no counter-offer of its own");
        }
    }
}
