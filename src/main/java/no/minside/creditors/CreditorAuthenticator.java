package no.minside.creditors;

import no.minside.common.ApiKeyRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Finds the creditor behind an API key; every intake API call starts here. */
@ApplicationScoped
public class CreditorAuthenticator {

    private static final int MAX_KEY_LENGTH = 200;

    private final CreditorRepository creditors;

    CreditorAuthenticator(CreditorRepository creditors) {
        this.creditors = creditors;
    }

    @Transactional
    public Creditor authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > MAX_KEY_LENGTH) {
            throw new ApiKeyRejectedException();
        }
        return creditors.findByApiKeyHash(ApiKeys.hash(apiKey.trim())).orElseThrow(ApiKeyRejectedException::new);
    }
}
