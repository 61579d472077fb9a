package no.minside.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.minside.rates.RateTablesProvider;

import java.util.List;

/**
 * Keeps the rate tables as seeded and puts them back after a test that changed them: every test shares one database,
 * and the others compute balances from these rates.
 */
@ApplicationScoped
public class RateTablesBackup {

    private static final List<String> TABLES = List.of("inkasso_rate", "late_interest_rate", "fee_band",
            "living_allowance");

    private final EntityManager em;
    private final RateTablesProvider provider;

    RateTablesBackup(EntityManager em, RateTablesProvider provider) {
        this.em = em;
        this.provider = provider;
    }

    public void save() {
        QuarkusTransaction.requiringNew().run(() -> TABLES.forEach(table -> {
            em.createNativeQuery("drop table if exists backup_" + table).executeUpdate();
            em.createNativeQuery("create table backup_" + table + " as table " + table).executeUpdate();
        }));
    }

    public void restore() {
        QuarkusTransaction.requiringNew().run(() -> TABLES.forEach(table -> {
            em.createNativeQuery("delete from " + table).executeUpdate();
            em.createNativeQuery("insert into " + table + " overriding system value select * from backup_" + table)
                    .executeUpdate();
            em.createNativeQuery("drop table backup_" + table).executeUpdate();
        }));
        provider.invalidate();
    }
}
