package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import no.minside.cases.PinReplaced;
import no.minside.common.TimeSource;

/** When a case's PIN is replaced, the sessions its old PIN opened end and the browsers known for it are forgotten. */
@ApplicationScoped
public class PinReplacedObserver {

    private final EntityManager em;
    private final TimeSource time;

    PinReplacedObserver(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    /** Runs in the transaction that replaces the PIN: all of it holds, or none. */
    void pinReplaced(@Observes PinReplaced event) {
        em.createNativeQuery("update web_session set ended_at = ?1 where case_id = ?2 and ended_at is null")
                .setParameter(1, time.now()).setParameter(2, event.caseId()).executeUpdate();
        em.createNativeQuery("delete from known_device where login_key = ?1")
                .setParameter(1, "case:" + event.caseNumber()).executeUpdate();
    }
}
