package no.minside.creditors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.ApiKeyRejectedException;
import no.minside.common.ApiKeys;
import no.minside.common.TimeSource;
import no.minside.throttle.ApiKeyThrottle;

import java.util.Optional;

/**
 * Finds the creditor behind an API key (its current one, or the one before a rotation during its grace period);
 * every creditor API call starts here. A client that sends too many wrong
 * keys gets 429 for them for a while.
 */
@ApplicationScoped
public class CreditorAuthenticator {

    private final CreditorRepository creditors;
    private final ApiKeyThrottle throttle;
    private final TimeSource time;

    CreditorAuthenticator(CreditorRepository creditors, ApiKeyThrottle throttle, TimeSource time) {
        this.creditors = creditors;
        this.throttle = throttle;
        this.time = time;
    }

    /**
     * The creditor behind the key. A right key always gets in; a wrong one from a client that has sent too many is
     * answered 429, otherwise 401 and counted, so noise cannot lock out a creditor sharing the address.
     *
     * @param client the caller's address, as {@code web.ClientAddress} gives it
     */
    @Transactional
    public Creditor authenticate(String apiKey, String client) {
        Optional<Creditor> creditor = find(apiKey);
        if (creditor.isPresent()) {
            return creditor.get();
        }
        throttle.refuseWrongKey(client);
        throw new ApiKeyRejectedException();
    }

    /** Whether the key is a creditor's, for the APIs of other clients that answer a creditor's key with 404. */
    @Transactional
    public boolean isCreditorKey(String apiKey) {
        return find(apiKey).isPresent();
    }

    private Optional<Creditor> find(String apiKey) {
        return ApiKeys.isPlausible(apiKey)
                ? creditors.findByApiKeyHash(ApiKeys.hash(apiKey.trim()), time.now()) : Optional.empty();
    }
}
