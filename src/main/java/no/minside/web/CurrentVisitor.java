package no.minside.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import no.minside.common.NotFoundException;
import no.minside.common.Visitor;

import java.util.Optional;

/** Who is asking in this request, as the session's authentication mechanism found them. */
@RequestScoped
public class CurrentVisitor {

    /** The identity attribute the session mechanism puts the {@link Visitor} under. */
    public static final String ATTRIBUTE = "minside.visitor";

    private final SecurityIdentity identity;

    CurrentVisitor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Visitor> get() {
        return identity.isAnonymous() ? Optional.empty() : Optional.ofNullable(identity.getAttribute(ATTRIBUTE));
    }

    /**
     * The visitor of a page that requires a login (its role check has already run); a request that somehow has
     * none finds nothing, as for a page that is not there.
     */
    public Visitor require() {
        return get().orElseThrow(() -> new NotFoundException("Session"));
    }
}
