package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.minside.common.TimeSource;
import no.minside.staff.StaffLogins;
import no.minside.staff.StaffMember;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The login side of the account admin's work (staff.StaffLogins): lockouts, the second factor, sessions. */
@ApplicationScoped
public class StaffLoginControl implements StaffLogins {

    private final EntityManager em;
    private final TwoFactorService twoFactor;
    private final LoginGuard guard;
    private final StaffLoginSteps steps;
    private final TimeSource time;

    StaffLoginControl(EntityManager em, TwoFactorService twoFactor, LoginGuard guard, StaffLoginSteps steps,
                      TimeSource time) {
        this.em = em;
        this.twoFactor = twoFactor;
        this.guard = guard;
        this.steps = steps;
        this.time = time;
    }

    /** The login key the lockout counts a staff account's failures under. */
    static String loginKey(String username) {
        return "staff:" + username;
    }

    @Override
    public Map<Long, LoginState> states(Collection<StaffMember> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        Set<Long> enrolled = twoFactor.enrolledAmong(members.stream().map(StaffMember::id).toList());
        List<String> keys = members.stream().map(m -> loginKey(m.username())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> locks = em.createNativeQuery("select login_key, locked_until from login_throttle "
                        + "where login_key in (?1) and locked_until > ?2")
                .setParameter(1, keys).setParameter(2, time.now()).getResultList();
        Map<String, Instant> lockedUntil = new HashMap<>();
        for (Object[] row : locks) {
            lockedUntil.put((String) row[0], toInstant(row[1]));
        }
        Map<Long, LoginState> states = new HashMap<>();
        for (StaffMember member : members) {
            states.put(member.id(), new LoginState(enrolled.contains(member.id()),
                    lockedUntil.get(loginKey(member.username()))));
        }
        return states;
    }

    @Override
    public void unlock(StaffMember member) {
        guard.lift(loginKey(member.username()));
    }

    @Override
    public void resetTwoFactor(StaffMember member) {
        twoFactor.reset(member.id());
    }

    @Override
    public void endSessions(StaffMember member) {
        em.createNativeQuery("update web_session set ended_at = ?1 where kind = 'STAFF' and staff_id = ?2 "
                + "and ended_at is null").setParameter(1, time.now()).setParameter(2, member.id()).executeUpdate();
        steps.endAll(member.id());
        em.createNativeQuery("delete from known_device where login_key = ?1")
                .setParameter(1, loginKey(member.username())).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
