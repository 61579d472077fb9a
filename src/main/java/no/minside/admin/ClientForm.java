package no.minside.admin;

import no.minside.clients.ApiClient;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;

/**
 * The form on the creditors page for the other systems' keys: {@code step} {@code create-client} with a
 * {@code name} and a {@code kind}, or {@code revoke-client} with the {@code client}'s id.
 */
public record ClientForm(@RestForm String step, @RestForm String name, @RestForm String kind,
                         @RestForm String client) {

    static ClientForm empty() {
        return new ClientForm(null, null, ApiClient.Kind.CHANNEL.name(), null);
    }

    boolean isRevoke() {
        return "revoke-client".equals(step);
    }

    ApiClient.Kind parsedKind() {
        return Arrays.stream(ApiClient.Kind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    Long clientId() {
        return client != null && client.matches("[0-9]{1,18}") ? Long.valueOf(client) : null;
    }
}
