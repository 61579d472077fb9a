package no.minside.creditors;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CreditorRepository implements PanacheRepository<Creditor> {

    public Optional<Creditor> findByApiKeyHash(String apiKeyHash) {
        return find("apiKeyHash", apiKeyHash).firstResultOptional();
    }
}
