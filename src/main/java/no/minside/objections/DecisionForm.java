package no.minside.objections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * Support's decision: {@code decision} UPHOLD, REJECT or MORE_INFO; the {@code reason} the debtor will read; for an
 * upheld objection, per claim a row of {@code claim} (its id), {@code outcome} (CANCEL, REDUCE or KEEP) and
 * {@code amount} (the new principal when reduced), posted in the same order; and the
 * objection's {@code version} as the page showed it, so a decision made meanwhile is not overwritten.
 */
public record DecisionForm(
        @RestForm @NotBlank(message = "decision_required") String decision,
        @RestForm @NotBlank(message = "decision_reason_required") @Size(max = 2000, message = "decision_reason_too_long")
        String reason,
        @RestForm String version,
        @RestForm("claim") List<String> claimIds,
        @RestForm("outcome") List<String> outcomes,
        @RestForm("amount") List<String> amounts) {

    public DecisionForm {
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }

    /** An empty form: what the page shows before anything is typed. */
    static DecisionForm empty() {
        return new DecisionForm(null, null, null, null, null, null);
    }

    /** The outcome chosen for a claim, as typed, for showing the form again; CANCEL when none was. */
    public String outcomeFor(Object claimId) {
        int row = claimIds.indexOf(String.valueOf(claimId));
        return row >= 0 && row < outcomes.size() && outcomes.get(row) != null ? outcomes.get(row) : "CANCEL";
    }

    /** The amount typed for a claim, for showing the form again. */
    public String amountFor(Object claimId) {
        int row = claimIds.indexOf(String.valueOf(claimId));
        return row >= 0 && row < amounts.size() && amounts.get(row) != null ? amounts.get(row) : "";
    }
}
