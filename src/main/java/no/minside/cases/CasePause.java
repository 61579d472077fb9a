package no.minside.cases;

import java.time.LocalDate;
import java.util.Set;

/** A case's pause: since when (the earliest of its sources) and every reason that holds it. */
public record CasePause(LocalDate since, Set<PauseReason> reasons) {

    public CasePause {
        reasons = Set.copyOf(reasons);
    }

    public boolean has(PauseReason reason) {
        return reasons.contains(reason);
    }
}
