package no.minside.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import no.minside.staff.StaffAccount;
import no.minside.staff.StaffAccountRepository;

import java.util.Optional;

/**
 * Turns a session token into an identity: role {@code debtor} with the debtor (and, for a PIN login, the one case),
 * or the staff member's role. The database lookup runs on a worker thread.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    public static final String DEBTOR_ROLE = "debtor";
    public static final String ATTR_SESSION = "session";
    public static final String ATTR_TOKEN = "sessionToken";

    private final SessionService sessions;
    private final StaffAccountRepository staff;

    SessionIdentityProvider(SessionService sessions, StaffAccountRepository staff) {
        this.sessions = sessions;
        this.staff = staff;
    }

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request.token()).orElse(null));
    }

    @ActivateRequestContext
    Optional<SecurityIdentity> identity(String token) {
        return sessions.resume(token).flatMap(session -> {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .addAttribute(ATTR_SESSION, SessionInfo.of(session, sessions.idleDeadline(session)))
                    .addAttribute(ATTR_TOKEN, token);
            if (session.kind == WebSession.Kind.DEBTOR) {
                return Optional.of(builder.setPrincipal(new QuarkusPrincipal("debtor:" + session.debtorId))
                        .addRole(DEBTOR_ROLE).build());
            }
            return staff.findActive(session.staffId).map(StaffAccount.class::cast)
                    .map(account -> builder.setPrincipal(new QuarkusPrincipal(account.username))
                            .addRole(account.role).build());
        });
    }
}
