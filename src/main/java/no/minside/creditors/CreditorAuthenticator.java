package no.minside.creditors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import no.minside.common.ApiKeyRejectedException;
import no.minside.common.ApiKeys;
import no.minside.common.TimeSource;
import no.minside.throttle.ApiKeyThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the creditor behind an API key (its current one, or the one before a rotation during its grace period);
 * every creditor API call starts here. A client that sends too many wrong
 * keys gets 429 for them for a while.
 *
 * <p>A creditor found by a key is kept for {@code minside.api-keys.kept-for} (1 s) by the key's hash: a creditor's
 * batch sends hundreds of requests a second with one key, and the lookup was a transaction and a statement of each
 * (issue 12). A key rotated or a policy changed on this instance forgets what is kept when its transaction ends; on
 * another instance the old key or policy holds for at most that second. Wrong keys are never kept: each one is
 * looked up and counted.
 */
@ApplicationScoped
public class CreditorAuthenticator {

    /** More than any agency has creditors: past it the kept ones are dropped and found again. */
    private static final int MAX_KEPT = 10_000;

    private final CreditorRepository creditors;
    private final ApiKeyThrottle throttle;
    private final TimeSource time;
    private final TransactionSynchronizationRegistry transactions;
    private final long keptForNanos;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** A creditor as found at {@code foundAt} (System.nanoTime), detached: read, never changed or merged. */
    private record Kept(Creditor creditor, long foundAt) {
    }

    CreditorAuthenticator(CreditorRepository creditors, ApiKeyThrottle throttle, TimeSource time,
                          TransactionSynchronizationRegistry transactions,
                          @ConfigProperty(name = "minside.api-keys.kept-for", defaultValue = "1S") Duration keptFor) {
        this.creditors = creditors;
        this.throttle = throttle;
        this.time = time;
        this.transactions = transactions;
        this.keptForNanos = keptFor.toNanos();
    }

    /**
     * The creditor behind the key. A right key always gets in; a wrong one from a client that has sent too many is
     * answered 429, otherwise 401 and counted, so noise cannot lock out a creditor sharing the address.
     *
     * @param client the caller's address, as {@code web.ClientAddress} gives it
     */
    public Creditor authenticate(String apiKey, String client) {
        Optional<Creditor> creditor = find(apiKey);
        if (creditor.isPresent()) {
            return creditor.get();
        }
        throttle.refuseWrongKey(client);
        throw new ApiKeyRejectedException();
    }

    /** Whether the key is a creditor's, for the APIs of other clients that answer a creditor's key with 404. */
    public boolean isCreditorKey(String apiKey) {
        return find(apiKey).isPresent();
    }

    /**
     * What is kept is dropped when the current transaction ends (committed or not), so a request after a change on
     * this instance finds the creditor as changed. Called by whatever changes a creditor's key or policy.
     */
    void forgetWhenDone() {
        kept.clear();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                kept.clear();
            }
        });
    }

    private Optional<Creditor> find(String apiKey) {
        if (!ApiKeys.isPlausible(apiKey)) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(apiKey.trim());
        Instant now = time.now();
        Kept known = kept.get(hash);
        if (known != null && System.nanoTime() - known.foundAt() < keptForNanos && opens(known.creditor(), hash, now)) {
            return Optional.of(known.creditor());
        }
        Optional<Creditor> found = QuarkusTransaction.joiningExisting()
                .call(() -> creditors.findByApiKeyHash(hash, now));
        if (found.isPresent() && keptForNanos > 0) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(hash, new Kept(found.get(), System.nanoTime()));
        } else {
            kept.remove(hash);
        }
        return found;
    }

    /** The lookup's own rule, for a kept creditor: its key, or the one before while the grace period lasts. */
    private static boolean opens(Creditor creditor, String hash, Instant now) {
        return hash.equals(creditor.apiKeyHash) || (hash.equals(creditor.previousApiKeyHash)
                && creditor.previousKeyValidUntil != null && creditor.previousKeyValidUntil.isAfter(now));
    }
}
