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
import no.minside.web.DatabaseUnavailable;
import no.minside.web.DatabaseWatch;
import no.minside.web.SecurityHeaders;

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
    private final DatabaseWatch database;

    SessionIdentityProvider(SessionService sessions, StaffDirectory staff, SessionConfig config,
                            DatabaseWatch database) {
        this.sessions = sessions;
        this.staff = staff;
        this.config = config;
        this.database = database;
    }

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!database.up()) {
            // The session lives in the database: with the database away, the 503 page at once instead of a wait.
            return Uni.createFrom().failure(new DatabaseUnavailable.DownException());
        }
        return context.runBlocking(() -> identity(request.token()).orElse(null));
    }

    @ActivateRequestContext
    Optional<SecurityIdentity> identity(String token) {
        return sessions.resume(token).flatMap(session -> {
            if (session.kind == WebSession.Kind.DEBTOR) {
                Visitor visitor = new Visitor(Visitor.Kind.DEBTOR, session.debtorId, session.caseId, null, null,
                        Roles.DEBTOR, sessions.idleDeadline(session), config.idleTimeout(), config.warnBefore());
                return Optional.of(identity("debtor:" + session.debtorId, visitor,
                        origin(session.providerLogoutUrl)));
            }
            return staff.active(session.staffId).map(member -> identity(member.username(),
                    new Visitor(Visitor.Kind.STAFF, null, null, member.id(), member.username(), member.role(),
                            sessions.idleDeadline(session), config.idleTimeout(), config.warnBefore()), null));
        });
    }

    private static SecurityIdentity identity(String principal, Visitor visitor, String formTarget) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addRole(visitor.role())
                .addAttribute(CurrentVisitor.ATTRIBUTE, visitor);
        if (formTarget != null) {
            // Logging out of a BankID session continues at the provider: the logout form's redirect goes there.
            identity.addAttribute(SecurityHeaders.FORM_TARGET_ATTRIBUTE, formTarget);
        }
        return identity.build();
    }

    /** The origin (scheme, host, port) of a URL, or null. */
    private static String origin(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null
                    : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
