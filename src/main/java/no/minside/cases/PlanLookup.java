package no.minside.cases;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks every {@link CasePlans} source for the plans in force: one query per source, however many cases. */
@ApplicationScoped
public class PlanLookup {

    private final List<CasePlans> sources;

    PlanLookup(@All List<CasePlans> sources) {
        this.sources = sources;
    }

    /** The plan in force on each of these cases that has one. */
    public Map<Long, CasePlans.ActivePlan> activePlans(Collection<Long> caseIds) {
        Map<Long, CasePlans.ActivePlan> plans = new HashMap<>();
        if (caseIds.isEmpty()) {
            return plans;
        }
        for (CasePlans source : sources) {
            plans.putAll(source.activePlans(caseIds));
        }
        return plans;
    }
}
