package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    public List<Claim> findByCase(long caseId) {
        return list("caseId = ?1 order by dueDate, id", caseId);
    }
}
