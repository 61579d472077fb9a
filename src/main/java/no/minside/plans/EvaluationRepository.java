package no.minside.plans;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<StoredEvaluation> {

    /** The evaluation behind a public id, only if it was made for this case. */
    public Optional<StoredEvaluation> findForCase(UUID publicId, long caseId) {
        return find("publicId = ?1 and caseId = ?2", publicId, caseId).firstResultOptional();
    }
}
