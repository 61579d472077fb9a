package no.minside.devdata.bench;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fortune table with one native query through Hibernate's session and the app's connection pool, as the
 * real pages read theirs. No entity: the production build validates every entity against a schema that has no such
 * table. Benchmark build only.
 */
@ApplicationScoped
@IfBuildProfile("benchmark")
public class FortuneService {

    private final EntityManager em;

    FortuneService(EntityManager em) {
        this.em = em;
    }

    public List<Fortune> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, message from fortune").getResultList();
        List<Fortune> fortunes = new ArrayList<>(rows.size() + 1);
        for (Object[] row : rows) {
            fortunes.add(new Fortune(((Number) row[0]).intValue(), (String) row[1]));
        }
        return fortunes;
    }
}
