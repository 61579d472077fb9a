package no.minside.cases;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pauses that a test sets case by case, standing in for open objections and active plans; none unless set. */
@ApplicationScoped
@Unremovable
public class TestCasePauses implements CasePauses {

    @Override
    public PauseReason reason() {
        return PauseReason.OBJECTION;
    }

    private final Map<Long, LocalDate> paused = new ConcurrentHashMap<>();

    public void pause(long caseId, LocalDate since) {
        paused.put(caseId, since);
    }

    public void resume(long caseId) {
        paused.remove(caseId);
    }

    @Override
    public Map<Long, LocalDate> pausedSince(Collection<Long> caseIds) {
        Map<Long, LocalDate> answer = new HashMap<>();
        for (Long caseId : caseIds) {
            LocalDate since = paused.get(caseId);
            if (since != null) {
                answer.put(caseId, since);
            }
        }
        return answer;
    }
}
