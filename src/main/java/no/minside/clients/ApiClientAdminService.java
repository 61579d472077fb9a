package no.minside.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.ApiKeys;
import no.minside.common.NotFoundException;
import no.minside.common.TimeSource;
import no.minside.common.Violations;

import java.util.List;

/**
 * The API clients that are not creditors, kept by admins: channels of the plan-evaluation API and the print
 * service. A new client's key is shown once; a revoked key stops at its next request.
 */
@ApplicationScoped
public class ApiClientAdminService {

    static final int MAX_NAME = 200;

    /** A new client and its key, to show once. */
    public record NewClient(long id, String name, ApiClient.Kind kind, String key) {
    }

    private final ApiClientRepository clients;
    private final EntityManager em;
    private final AuditLog audit;
    private final TimeSource time;

    ApiClientAdminService(ApiClientRepository clients, EntityManager em, AuditLog audit, TimeSource time) {
        this.clients = clients;
        this.em = em;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public List<ApiClient> list() {
        return clients.list("order by revokedAt nulls first, kind, name, id");
    }

    /**
     * Makes a client with a new key. A name already in use by a key that works is refused: two keys of one name
     * cannot be told apart later, and a double click would otherwise make a second key no one has seen.
     *
     * @throws no.minside.common.InvalidFormException naming the bad field
     */
    @Transactional
    public NewClient create(String name, ApiClient.Kind kind, long staffId) {
        String trimmed = name == null ? "" : name.strip();
        Violations found = new Violations();
        if (trimmed.isEmpty()) {
            found.add("name", "client_name_required");
        } else if (trimmed.length() > MAX_NAME) {
            found.add("name", "text_too_long", MAX_NAME);
        } else if (clients.count("lower(name) = lower(?1) and revokedAt is null", trimmed) > 0) {
            found.add("name", "client_name_taken");
        }
        if (kind == null) {
            found.add("kind", "client_kind_required");
        }
        found.throwIfAny();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('api_client:' || lower(?1)))")
                .setParameter(1, trimmed).getSingleResult();
        if (clients.count("lower(name) = lower(?1) and revokedAt is null", trimmed) > 0) {
            found.add("name", "client_name_taken").throwIfAny();
        }
        String key = ApiKeys.newKey();
        ApiClient client = new ApiClient();
        client.name = trimmed;
        client.kind = kind;
        client.keyHash = ApiKeys.hash(key);
        clients.persist(client);
        audit.record(AuditLog.Actor.STAFF, staffId, "API_CLIENT_CREATED", "client:" + client.id,
                kind + " " + trimmed);
        return new NewClient(client.id, trimmed, kind, key);
    }

    /**
     * Stops the client's key, when it is still as the admin's page showed it ({@code seenVersion}).
     *
     * @throws ClientChangedMeanwhileException when someone changed it since (revoked it, most likely)
     */
    @Transactional
    public void revoke(long id, long seenVersion, long staffId) {
        ApiClient client = clients.findByIdOptional(id).orElseThrow(() -> new NotFoundException("ApiClient"));
        if (client.version != seenVersion || client.revokedAt != null) {
            throw new ClientChangedMeanwhileException();
        }
        client.revokedAt = time.now();
        em.flush(); // the row's version is checked here: a revoke that raced this one fails too
        audit.record(AuditLog.Actor.STAFF, staffId, "API_CLIENT_REVOKED", "client:" + id,
                client.kind + " " + client.name);
    }
}
