package no.minside.creditors;

import java.time.Instant;

/**
 * A new API key, shown to the admin once: only its hash is stored. {@code oldKeyValidUntil} is when the key it
 * replaced stops working; null when it stopped at once.
 */
public record CreditorKeys(String creditorName, String newKey, Instant oldKeyValidUntil) {
}
