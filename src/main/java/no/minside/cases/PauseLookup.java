package no.minside.cases;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks every {@link CasePauses} source which cases are paused: one query per source, however many cases. */
@ApplicationScoped
public class PauseLookup {

    private final List<CasePauses> sources;

    PauseLookup(@All List<CasePauses> sources) {
        this.sources = sources;
    }

    /** For each of these cases that is paused now, since when and why; cases not paused are left out. */
    public Map<Long, CasePause> pauses(Collection<Long> caseIds) {
        Map<Long, LocalDate> since = new HashMap<>();
        Map<Long, EnumSet<PauseReason>> reasons = new HashMap<>();
        for (CasePauses source : sources) {
            source.pausedSince(caseIds).forEach((caseId, day) -> {
                since.merge(caseId, day, (a, b) -> a.isBefore(b) ? a : b);
                reasons.computeIfAbsent(caseId, id -> EnumSet.noneOf(PauseReason.class)).add(source.reason());
            });
        }
        Map<Long, CasePause> pauses = new HashMap<>();
        since.forEach((caseId, day) -> pauses.put(caseId, new CasePause(day, reasons.get(caseId))));
        return pauses;
    }
}
