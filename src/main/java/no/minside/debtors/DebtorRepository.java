package no.minside.debtors;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class DebtorRepository implements PanacheRepository<Debtor> {

    public Optional<Debtor> findByNationalId(String nationalId) {
        return find("nationalId", nationalId).firstResultOptional();
    }

    public Optional<Debtor> findByOrganisationNumber(String organisationNumber) {
        return find("organisationNumber", organisationNumber).firstResultOptional();
    }
}
