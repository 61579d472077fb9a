package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CaseEventRepository implements PanacheRepository<CaseEvent> {

    public List<CaseEvent> findTimeline(long caseId) {
        return list("caseId = ?1 order by occurredOn, id", caseId);
    }
}
