package no.minside.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepository<StaffAccount> {

    public Optional<StaffAccount> findActive(Long id) {
        return id == null ? Optional.empty() : find("id = ?1 and active = true", id).firstResultOptional();
    }

    public Optional<StaffAccount> findActiveByUsername(String username) {
        return find("username = ?1 and active = true", username).firstResultOptional();
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Every account, by username: the admin's list. */
    public List<StaffAccount> listByUsername() {
        return list("order by username");
    }

    /** The account, locked for the rest of the transaction. */
    public Optional<StaffAccount> lock(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * These accounts and every active admin, locked in one statement in id order: two admins demoting or disabling
     * each other at once are serialised here, and the second sees what the first did, so the last active admin
     * always stays. One statement in one order for every change, so two changes never wait for each other crosswise.
     */
    public List<StaffAccount> lockWithActiveAdmins(Collection<Long> ids) {
        return find("(role = 'admin' and active = true) or id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** These accounts, locked in one statement in id order. */
    public List<StaffAccount> lock(Collection<Long> ids) {
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
