package no.minside.creditors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.ApiKeyRejectedException;
import no.minside.common.ApiKeys;
import no.minside.throttle.ApiKeyThrottle;

import java.util.Optional;

/**
 * Finds the creditor behind an API key; every creditor API call starts here. A client that sends too many wrong
 * keys is refused for a while (429) before its key is looked at.
 */
@ApplicationScoped
public class CreditorAuthenticator {

    private final CreditorRepository creditors;
    private final ApiKeyThrottle throttle;

    CreditorAuthenticator(CreditorRepository creditors, ApiKeyThrottle throttle) {
        this.creditors = creditors;
        this.throttle = throttle;
    }

    /** @param client the caller's address, as {@code web.ClientAddress} gives it */
    @Transactional
    public Creditor authenticate(String apiKey, String client) {
        throttle.checkAllowed(client);
        Optional<Creditor> creditor = find(apiKey);
        if (creditor.isEmpty()) {
            throttle.failed(client);
            throw new ApiKeyRejectedException();
        }
        return creditor.get();
    }

    /** Whether the key is a creditor's, for the APIs of other clients that answer a creditor's key with 404. */
    @Transactional
    public boolean isCreditorKey(String apiKey) {
        return find(apiKey).isPresent();
    }

    private Optional<Creditor> find(String apiKey) {
        return ApiKeys.isPlausible(apiKey) ? creditors.findByApiKeyHash(ApiKeys.hash(apiKey.trim())) : Optional.empty();
    }
}
