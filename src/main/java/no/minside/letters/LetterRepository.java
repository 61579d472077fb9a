package no.minside.letters;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class LetterRepository implements PanacheRepository<Letter> {

    /** Letters not yet printed after the given id, oldest first. */
    public List<Letter> findWaiting(long afterId, int limit) {
        return find("printedAt is null and id > ?1 order by id", afterId).page(0, limit).list();
    }

    public List<Letter> findByCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
