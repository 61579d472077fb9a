package no.minside.objections;

import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.CasePauses;
import no.minside.cases.PauseReason;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** A disputed claim may not be pursued: an open objection holds its case from the day it came. */
@ApplicationScoped
public class ObjectionPauses implements CasePauses {

    private final ObjectionRepository objections;

    ObjectionPauses(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public PauseReason reason() {
        return PauseReason.OBJECTION;
    }

    @Override
    public Map<Long, LocalDate> pausedSince(Collection<Long> caseIds) {
        return objections.pausedSince(caseIds);
    }
}
