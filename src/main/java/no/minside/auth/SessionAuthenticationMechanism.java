package no.minside.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads the session cookie and asks {@link SessionIdentityProvider} who it belongs to. Someone without a live
 * session who asks for a protected page is sent to the login page that fits it (staff or debtor).
 * <p>
 * It ranks above quarkus-oidc's mechanism (priority 1001), which is for /login/bankid alone: Quarkus asks the
 * highest-ranked mechanism for the challenge, so an anonymous visitor to any other page is sent to our login page,
 * never to the BankID provider.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private final SessionConfig config;

    SessionAuthenticationMechanism(SessionConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(config.cookieName());
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        // An ended or expired session is no session: the visitor is anonymous (and may log in again), not a failed
        // authentication, which would send even the login page to the login page, round and round.
        return identityProviderManager.authenticate(new SessionAuthenticationRequest(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.request().path();
        String login = path.startsWith("/staff") ? "/staff/login" : "/login";
        return Uni.createFrom().item(new ChallengeData(302, "Location", login));
    }

    /** Above quarkus-oidc's {@code DEFAULT_PRIORITY + 1}: ours is the challenge of every page but /login/bankid. */
    static final int PRIORITY = HttpAuthenticationMechanism.DEFAULT_PRIORITY + 1000;

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }
}
