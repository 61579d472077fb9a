package no.minside.devdata.bankid;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stand-in BankID provider's state and rules, for dev mode and the tests only (never built into the production
 * app): one registered client (Min side's dev/test client id and secret), the demo identities, authorization codes
 * bound to the redirect_uri, the PKCE S256 challenge and the nonce, and RS256-signed ID tokens.
 * <p>
 * Tests can spoil the next ID token on purpose ({@link #spoilNextToken}) and add people to log in as
 * ({@link #addIdentity}); {@link #reset} puts both back after each test.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class StandInProvider {

    /** The assurance levels the stand-in knows, named as ID-porten names them; BankID is the high one. */
    public static final String LOA_HIGH = "idporten-loa-high";
    public static final String LOA_SUBSTANTIAL = "idporten-loa-substantial";

    /** Ways a test can spoil the next ID token, each of which the client must refuse. */
    public enum Spoil { EXPIRED, OTHER_KEY, WRONG_AUDIENCE, WRONG_NONCE, WRONG_ISSUER, LOW_ACR, NO_NATIONAL_ID }

    /** A person to log in as; {@code key} is what the authorize form posts; {@code note} says what the demo shows. */
    public record Identity(String key, String nationalId, String name, Note note) {
    }

    /** What a demo person shows, for the list on the login page. */
    public enum Note { SEVERAL_CREDITORS, ENGLISH, D_NUMBER, NO_CASES }

    /** What an authorization code was issued for. */
    record Grant(String redirectUri, String codeChallenge, String nonce, String acr, Identity who, Instant expires) {
    }

    /** An error the token endpoint answers with (RFC 6749 section 5.2). */
    static final class TokenError extends Exception {
        final String error;

        TokenError(String error, String description) {
            super(description);
            this.error = error;
        }
    }

    /** The demo people: they match the demo debtors in db/demo (the last one has no cases anywhere). */
    static final List<Identity> DEMO = List.of(
            new Identity("ingrid", "14038723112", "Ingrid Haugen", Note.SEVERAL_CREDITORS),
            new Identity("emily", "05049131730", "Emily Carter", Note.ENGLISH),
            new Identity("piotr", "57098522419", "Piotr Nowak", Note.D_NUMBER),
            new Identity("kari", "01017010170", "Kari Utensak", Note.NO_CASES));

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final String clientSecret;
    private final RsaJsonWebKey signingKey;
    private final RsaJsonWebKey otherKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<Identity> added = new CopyOnWriteArrayList<>();
    private final AtomicInteger logouts = new AtomicInteger();
    private volatile Spoil spoil;

    StandInProvider(@ConfigProperty(name = "minside.bankid.client-id") String clientId,
                    @ConfigProperty(name = "minside.bankid.client-secret") String clientSecret) throws JoseException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.signingKey = newKey("standin-1");
        this.otherKey = newKey("standin-1"); // the same kid: only the signature tells them apart
    }

    private static RsaJsonWebKey newKey(String kid) throws JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        key.setUse("sig");
        return key;
    }

    /** The next ID token (only the next one) is spoiled this way. */
    public void spoilNextToken(Spoil how) {
        this.spoil = how;
    }

    /** Someone the login page lists besides the demo people, until {@link #reset}; returns the key to choose. */
    public String addIdentity(String nationalId, String name) {
        String key = "added-" + (added.size() + 1);
        added.add(new Identity(key, nationalId, name, null));
        return key;
    }

    /** How many times the end_session endpoint has logged someone out. */
    public int logouts() {
        return logouts.get();
    }

    /** Forgets what tests set: spoils, added people, codes, the logout count. */
    public void reset() {
        spoil = null;
        added.clear();
        codes.clear();
        logouts.set(0);
    }

    List<Identity> identities() {
        List<Identity> all = new ArrayList<>(DEMO);
        all.addAll(added);
        return all;
    }

    Optional<Identity> identity(String key) {
        return identities().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    boolean isClient(String id) {
        return clientId.equals(id);
    }

    boolean isClient(String id, String secret) {
        return clientId.equals(id) && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
                (secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8));
    }

    String clientId() {
        return clientId;
    }

    String jwks() {
        return new JsonWebKeySet(signingKey).toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    void loggedOut() {
        logouts.incrementAndGet();
    }

    /** A one-time code for this person, bound to where it may be redeemed and how. */
    String issueCode(String redirectUri, String codeChallenge, String nonce, String acr, Identity who) {
        String code = randomToken();
        codes.put(code, new Grant(redirectUri, codeChallenge, nonce, acr, who, Instant.now().plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * Redeems a code: once only, before it expires, at the redirect_uri it was issued for, with the PKCE verifier
     * whose S256 hash is the challenge; returns the signed ID token.
     */
    String redeem(String code, String redirectUri, String codeVerifier, String issuer) throws TokenError {
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null || Instant.now().isAfter(grant.expires())) {
            throw new TokenError("invalid_grant", "unknown, used or expired code");
        }
        if (!grant.redirectUri().equals(redirectUri)) {
            throw new TokenError("invalid_grant", "redirect_uri differs from the authorization request");
        }
        if (codeVerifier == null || !grant.codeChallenge().equals(s256(codeVerifier))) {
            throw new TokenError("invalid_grant", "PKCE verification failed");
        }
        return idToken(grant, issuer);
    }

    private String idToken(Grant grant, String issuer) throws TokenError {
        Spoil how = spoil;
        spoil = null;
        Instant now = Instant.now();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(how == Spoil.WRONG_ISSUER ? issuer + "-elsewhere" : issuer);
        claims.setAudience(how == Spoil.WRONG_AUDIENCE ? "another-client" : clientId);
        claims.setSubject("standin-" + grant.who().key());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond() - (how == Spoil.EXPIRED ? 3600 : 0)));
        claims.setExpirationTime(NumericDate.fromSeconds(how == Spoil.EXPIRED
                ? now.minus(Duration.ofMinutes(30)).getEpochSecond() : now.plus(TOKEN_LIFETIME).getEpochSecond()));
        claims.setClaim("auth_time", now.getEpochSecond());
        claims.setClaim("nonce", how == Spoil.WRONG_NONCE ? "not-" + grant.nonce() : grant.nonce());
        claims.setClaim("acr", how == Spoil.LOW_ACR ? LOA_SUBSTANTIAL : grant.acr());
        claims.setClaim("amr", List.of("BankID"));
        if (how != Spoil.NO_NATIONAL_ID) {
            claims.setClaim("nin", grant.who().nationalId());
        }
        claims.setClaim("name", grant.who().name());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        RsaJsonWebKey key = how == Spoil.OTHER_KEY ? otherKey : signingKey;
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new TokenError("server_error", "could not sign");
        }
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
