package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CostLineRepository implements PanacheRepository<CostLine> {

    public List<CostLine> findByCase(long caseId) {
        return list("caseId = ?1 order by incurredOn, id", caseId);
    }
}
