package no.minside.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Reads the rate tables, each in one query, ordered as the rules need them. */
@ApplicationScoped
public class RateRepository {

    private final EntityManager em;

    RateRepository(EntityManager em) {
        this.em = em;
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
