package no.minside.cases.progression;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks every {@link CasePauses} source which cases are paused, and since when: the earliest day wins. */
@ApplicationScoped
public class PauseLookup {

    private final List<CasePauses> sources;

    PauseLookup(@All List<CasePauses> sources) {
        this.sources = sources;
    }

    /** For each of these cases that is paused now, the day its pause began; cases not paused are left out. */
    public Map<Long, LocalDate> pausedSince(Collection<Long> caseIds) {
        Map<Long, LocalDate> earliest = new HashMap<>();
        for (CasePauses source : sources) {
            source.pausedSince(caseIds).forEach((caseId, since) -> earliest.merge(caseId, since,
                    (a, b) -> a.isBefore(b) ? a : b));
        }
        return earliest;
    }
}
