package no.minside.plans.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a debtor's proposal for a payment plan or deferral against the creditor's policy, with the schedule it
 * gives and, when it is not approved, the closest plan that would be. Stateless and thread-safe; the answer depends
 * on the request alone (no clock, no shared state).
 */
public final class PlanEvaluator {

    /** The evaluation of {@code request}; invalid input is an {@link IllegalArgumentException}. */
    public PlanEvaluation evaluate(PlanRequest request) {
        Amounts.required(request, "request");
        Evaluation context = new Evaluation(request);
        Assessment assessment = context.assess(request.proposal());
        if (assessment.decision == Decision.APPROVED) {
            return render(context, assessment, CounterOfferSearch.Result.NONE, null);
        }
        CounterOfferSearch.Result search = new CounterOfferSearch(context, request.proposal()).search(assessment);
        CounterOffer offer = null;
        if (search.approved() != null) {
            Assessment approved = search.approved();
            offer = new CounterOffer(approved.proposal,
                    render(context, approved, CounterOfferSearch.Result.NONE, null));
        }
        return render(context, assessment, search, offer);
    }

    private static PlanEvaluation render(Evaluation context, Assessment a, CounterOfferSearch.Result search,
            CounterOffer offer) {
        Projection.Schedule s = a.schedule;
        List<Instalment> schedule = new ArrayList<>(s.count);
        long totalToPay = 0;
        for (int k = 0; k < s.count; k++) {
            schedule.add(new Instalment(k + 1, LocalDate.ofEpochDay(s.dueDay[k]), Amounts.nok(s.amount[k]),
                    Amounts.nok(s.toCosts[k]), Amounts.nok(s.toInterest[k]), Amounts.nok(s.toPrincipal[k]),
                    Amounts.nok(s.remaining[k])));
            totalToPay += s.amount[k];
        }
        boolean provisional = a.surcharge > 0 && context.request.surcharge().satsProvisional();
        return new PlanEvaluation(a.decision, Reasons.checks(context, a, search), schedule, Amounts.nok(a.regular),
                a.months, Amounts.nok(totalToPay), Amounts.nok(s.projectedInterest), Amounts.nok(a.surcharge),
                provisional, Amounts.nok(a.total), a.maximumMonths, a.deferral,
                context.hasBudget() ? Amounts.nok(context.disposable()) : null, offer,
                context.request.policy().policyVersion());
    }
}
