package no.minside.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import no.minside.common.Roles;
import no.minside.common.Visitor;
import no.minside.staff.StaffDirectory;
import no.minside.web.CurrentVisitor;

import java.util.Optional;

/**
 * Turns a session token into an identity: role {@code debtor} with the debtor (and, for a PIN login, the one case),
 * or the staff member's role, with the {@link Visitor} the pages and services read. The database lookup runs on a
 * worker thread.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    private final SessionService sessions;
    private final StaffDirectory staff;
    private final SessionConfig config;

    SessionIdentityProvider(SessionService sessions, StaffDirectory staff, SessionConfig config) {
        this.sessions = sessions;
        this.staff = staff;
        this.config = config;
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
            if (session.kind == WebSession.Kind.DEBTOR) {
                Visitor visitor = new Visitor(Visitor.Kind.DEBTOR, session.debtorId, session.caseId, null, null,
                        Roles.DEBTOR, sessions.idleDeadline(session), config.idleTimeout(), config.warnBefore());
                return Optional.of(identity("debtor:" + session.debtorId, visitor));
            }
            return staff.active(session.staffId).map(member -> identity(member.username(),
                    new Visitor(Visitor.Kind.STAFF, null, null, member.id(), member.username(), member.role(),
                            sessions.idleDeadline(session), config.idleTimeout(), config.warnBefore())));
        });
    }

    private static SecurityIdentity identity(String principal, Visitor visitor) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addRole(visitor.role())
                .addAttribute(CurrentVisitor.ATTRIBUTE, visitor)
                .build();
    }
}
