package no.minside.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.ApiKeyRejectedException;
import no.minside.common.ApiKeys;
import no.minside.common.NotFoundException;
import no.minside.throttle.ApiKeyThrottle;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the API client behind a key, for the APIs that are not the creditors' own. A key of the wrong kind, a
 * creditor's included, is told the resource is not there (404), as PRODUCT.md promises for the letters API.
 */
@ApplicationScoped
public class ApiClientAuthenticator {

    private final ApiClientRepository clients;
    private final ApiKeyThrottle throttle;

    ApiClientAuthenticator(ApiClientRepository clients, ApiKeyThrottle throttle) {
        this.clients = clients;
        this.throttle = throttle;
    }

    /**
     * The client of this kind behind the key.
     *
     * @param isOtherKnownKey whether a key that is no client of this kind is a valid key of another kind (a
     *                        creditor's): then the answer is 404, otherwise 401
     */
    @Transactional
    public ApiClient authenticate(String apiKey, ApiClient.Kind kind, String client, Predicate<String> isOtherKnownKey) {
        Optional<ApiClient> found = ApiKeys.isPlausible(apiKey)
                ? clients.findActiveByKeyHash(ApiKeys.hash(apiKey.trim())) : Optional.empty();
        if (found.isPresent() && found.get().kind == kind) {
            return found.get();
        }
        if (found.isPresent() || ApiKeys.isPlausible(apiKey) && isOtherKnownKey.test(apiKey.trim())) {
            throw new NotFoundException("Resource");
        }
        throttle.refuseWrongKey(client);
        throw new ApiKeyRejectedException();
    }
}
