package no.minside.plans;

import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.CasePauses;
import no.minside.cases.PauseReason;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A plan in force pauses its case from the day it started (DOMAIN.md): no stage moves and no new cost. A completed
 * plan keeps holding it: the case was paid under the plan, and without the pause the balance engine, which knows
 * only a pause that still holds, would charge the fees the plan held back. A broken plan lets go; the deadlines it
 * held are moved when it breaks ({@code CaseActions.resumeAfterPause}).
 */
@ApplicationScoped
public class PlanPauses implements CasePauses {

    private final PlanRepository plans;

    PlanPauses(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public PauseReason reason() {
        return PauseReason.PAYMENT_PLAN;
    }

    @Override
    public Map<Long, LocalDate> pausedSince(Collection<Long> caseIds) {
        Map<Long, LocalDate> paused = new HashMap<>();
        if (caseIds.isEmpty()) {
            return paused;
        }
        for (Object[] row : plans.holdingStarts(caseIds)) {
            paused.put((Long) row[0], (LocalDate) row[1]);
        }
        return paused;
    }
}
