package no.minside.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;

/** Takes the throttle rows of an attempt for the rest of the caller's transaction. */
@ApplicationScoped
public class Throttles {

    private final EntityManager em;

    Throttles(EntityManager em) {
        this.em = em;
    }

    /**
     * The rows for these keys, created on first use and locked until the transaction ends, always in the same
     * order, so two attempts never wait for each other crosswise. Returned in the order asked for.
     */
    public List<Throttle> lock(String... keys) {
        List<String> ordered = new ArrayList<>(List.of(keys));
        ordered.sort(String::compareTo);
        java.util.Map<String, Throttle> locked = new java.util.HashMap<>();
        for (String key : ordered) {
            if (!locked.containsKey(key)) {
                em.createNativeQuery("insert into login_throttle (login_key, failures) values (?1, 0) "
                        + "on conflict do nothing").setParameter(1, key).executeUpdate();
                locked.put(key, em.find(Throttle.class, key, LockModeType.PESSIMISTIC_WRITE));
            }
        }
        List<Throttle> answer = new ArrayList<>(keys.length);
        for (String key : keys) {
            answer.add(locked.get(key));
        }
        return answer;
    }
}
