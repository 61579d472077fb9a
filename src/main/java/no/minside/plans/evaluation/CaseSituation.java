package no.minside.plans.evaluation;

import java.util.List;

/** Where the case stands and what the debtor agreed before: the facts behind the reject and refer rules. */
public record CaseSituation(boolean legalStage, boolean openObjection, List<PastPlan> history) {

    public CaseSituation {
        if (history == null) {
            throw new IllegalArgumentException("history is required (an empty list when there is none)");
        }
        for (PastPlan plan : history) {
            if (plan == null) {
                throw new IllegalArgumentException("history must not contain null");
            }
        }
        history = List.copyOf(history);
    }

    /** A case with no objection, not in the legal stage and no earlier plans. */
    public static CaseSituation clean() {
        return new CaseSituation(false, false, List.of());
    }
}
