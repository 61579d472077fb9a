package no.minside.admin;

import no.minside.clients.ApiClient;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;

/**
 * The form on the creditors page for the other systems' keys: {@code step} {@code create-client} with a
 * {@code name} and a {@code kind}, or {@code revoke-client} with the {@code client}'s id and the {@code version} the
 * page showed it at.
 */
public record ClientForm(@RestForm String step, @RestForm String name, @RestForm String kind,
                         @RestForm String client, @RestForm String version) {

    static ClientForm empty() {
        return new ClientForm(null, null, ApiClient.Kind.CHANNEL.name(), null, null);
    }

    /** The client's version the revoke form was read at; -1 when it does not say (never current). */
    long seenVersion() {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
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
