package no.minside.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PaymentRepository implements PanacheRepository<Payment> {

    public List<Payment> findByCase(long caseId) {
        return list("caseId = ?1 order by paidOn, id", caseId);
    }

    /** Payments held for staff review, oldest first. */
    public List<Payment> findHeld(long caseId) {
        return list("caseId = ?1 and status = ?2 order by registeredAt", caseId, Payment.Status.HELD);
    }

    public Optional<Payment> findByExternalId(long caseId, String externalId) {
        return find("caseId = ?1 and externalId = ?2", caseId, externalId).firstResultOptional();
    }
}
