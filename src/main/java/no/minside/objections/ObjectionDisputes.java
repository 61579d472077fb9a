package no.minside.objections;

import jakarta.enterprise.context.ApplicationScoped;
import no.minside.cases.Disputes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The creditor API's view of a case's latest objection: its status and outcome, never the debtor's text or files. */
@ApplicationScoped
public class ObjectionDisputes implements Disputes {

    private final ObjectionRepository objections;

    ObjectionDisputes(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public Optional<Dispute> latest(long caseId) {
        return objections.findLatest(caseId).map(ObjectionDisputes::dispute);
    }

    @Override
    public Map<Long, Dispute> latest(Collection<Long> caseIds) {
        Map<Long, Dispute> latest = new HashMap<>();
        objections.findLatest(caseIds).forEach(o -> latest.put(o.caseId, dispute(o)));
        return latest;
    }

    private static Dispute dispute(Objection o) {
        return new Dispute(o.reference, o.status.name(), o.reason.name(), o.pausedOn,
                o.status.isOpen() ? o.answerDueOn : null, o.decidedOn, o.decisionReason);
    }
}
