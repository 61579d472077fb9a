package no.minside.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The BankID login through an OpenID Connect broker (Signicat, Criipto, ID-porten and the like): without an issuer,
 * client id, secret and required assurance level it is off, and the login page offers the letter's PIN alone.
 */
@ConfigMapping(prefix = "minside.bankid")
public interface BankIdConfig {

    /**
     * The provider's issuer URL (its discovery document is at issuer + /.well-known/openid-configuration); from
     * BANKID_ISSUER. A path such as {@code /bankid-standin} means the stand-in provider on this server, which exists
     * in dev mode and the tests only.
     */
    Optional<String> issuer();

    /** The client id the provider registered for Min side; from BANKID_CLIENT_ID. */
    Optional<String> clientId();

    /** The client secret (client_secret_basic); from BANKID_CLIENT_SECRET, never from a file in the repository. */
    Optional<String> clientSecret();

    /**
     * The assurance level a login must have, sent as acr_values and required of the ID token's acr claim (BankID is
     * the high level, e.g. {@code idporten-loa-high}); from BANKID_REQUIRED_ACR.
     */
    Optional<String> requiredAcr();

    /** Scopes asked for besides openid. */
    @WithDefault("profile,nin")
    List<String> scopes();

    /** The ID token claim that carries the national id (fødselsnummer or D-number). */
    @WithDefault("nin")
    String nationalIdClaim();

    /**
     * Whether BankID is configured: issuer, client, secret and the required level are all given, and the issuer is
     * an https URL. An issuer given as a path (the stand-in provider on this server) counts only in dev mode and the
     * tests: the production build has no stand-in, so there it is a mistake, and the login stays off.
     */
    default boolean enabled() {
        return clientId().isPresent() && clientSecret().isPresent() && requiredAcr().isPresent()
                && issuer().filter(BankIdConfig::isUsableIssuer).isPresent();
    }

    /** An https URL anywhere; http or a path on this server only outside production (the stand-in, a local test). */
    static boolean isUsableIssuer(String issuer) {
        if (issuer.startsWith("https://")) {
            return true;
        }
        boolean standInOrLocal = issuer.startsWith("/") || issuer.startsWith("http://");
        return standInOrLocal && io.quarkus.runtime.LaunchMode.current() != io.quarkus.runtime.LaunchMode.NORMAL;
    }
}
