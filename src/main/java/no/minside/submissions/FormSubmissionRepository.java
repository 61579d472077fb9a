package no.minside.submissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The table of claimed form tokens ({@code form_submission}, V15). */
@ApplicationScoped
class FormSubmissionRepository {

    /** How long a token is remembered. */
    static final int KEEP_DAYS = 30;

    /** A claimed token: whose it is and where its first request landed. */
    record Claim(String actor, String landing) {
    }

    private final EntityManager em;

    FormSubmissionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the token for this transaction; false when it was claimed already. A concurrent claim of the same token
     * waits here until the other transaction ends: false if it committed, true if it rolled back.
     */
    boolean claim(String token, String actor) {
        return em.createNativeQuery("insert into form_submission (token, actor) values (?1, ?2) "
                + "on conflict (token) do nothing").setParameter(1, token).setParameter(2, actor).executeUpdate() == 1;
    }

    void land(String token, String landing) {
        em.createNativeQuery("update form_submission set landing = ?2 where token = ?1").setParameter(1, token)
                .setParameter(2, landing).executeUpdate();
    }

    void flush() {
        em.flush();
    }

    void release(String token) {
        em.createNativeQuery("delete from form_submission where token = ?1").setParameter(1, token).executeUpdate();
    }

    Optional<Claim> find(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select actor, landing from form_submission where token = ?1")
                .setParameter(1, token).getResultList();
        return rows.stream().findFirst().map(r -> new Claim((String) r[0], (String) r[1]));
    }

    int purgeOlderThanDays(int days) {
        return em.createNativeQuery("delete from form_submission where created_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
    }
}
