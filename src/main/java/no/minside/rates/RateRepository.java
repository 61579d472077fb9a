package no.minside.rates;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Reads the rate tables, each in one query, ordered as the rules need them, and their version. */
@ApplicationScoped
public class RateRepository {

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    RateRepository(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * The rate tables' version (V18: moved by a trigger on any change to them). Read with plain JDBC, not through
     * the ORM: it is the provider's background check, a few seconds apart whatever the traffic, and no part of any
     * page's statements (which the tests count with Hibernate's statistics).
     */
    public long version() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version from rates_version")) {
            if (!row.next()) {
                throw new IllegalStateException("rates_version has no row");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rate tables' version", e);
        }
    }

    public List<InkassoRateRow> inkassoRates() {
        return em.createQuery("from InkassoRateRow order by validFrom", InkassoRateRow.class).getResultList();
    }

    public List<LateInterestRateRow> lateInterestRates() {
        return em.createQuery("from LateInterestRateRow order by validFrom", LateInterestRateRow.class).getResultList();
    }

    public List<FeeBandRow> feeBands() {
        return em.createQuery("from FeeBandRow order by principalUpTo asc nulls last", FeeBandRow.class)
                .getResultList();
    }

    public List<LivingAllowanceRow> livingAllowances() {
        return em.createQuery("from LivingAllowanceRow order by validFrom, category", LivingAllowanceRow.class)
                .getResultList();
    }
}
