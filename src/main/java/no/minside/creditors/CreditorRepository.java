package no.minside.creditors;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CreditorRepository implements PanacheRepository<Creditor> {

    /** The creditor whose current key, or previous key still in its grace period at {@code now}, has this hash. */
    public Optional<Creditor> findByApiKeyHash(String apiKeyHash, Instant now) {
        return find("apiKeyHash = ?1 or (previousApiKeyHash = ?1 and previousKeyValidUntil > ?2)", apiKeyHash, now)
                .firstResultOptional();
    }

    public List<Creditor> listByName() {
        return list("order by name, id");
    }
}
