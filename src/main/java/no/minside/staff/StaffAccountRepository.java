package no.minside.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepository<StaffAccount> {

    public Optional<StaffAccount> findActive(Long id) {
        return id == null ? Optional.empty() : find("id = ?1 and active = true", id).firstResultOptional();
    }

    public Optional<StaffAccount> findActiveByUsername(String username) {
        return find("username = ?1 and active = true", username).firstResultOptional();
    }
}
