package no.minside.auth.bankid;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A BankID flow that quarkus-oidc could not complete (a state that does not match, a replayed or expired code, an
 * ID token with a bad signature, audience, nonce or expiry) fails during authentication, before any resource runs,
 * and Quarkus would answer with an empty 401. Here it ends on the login page instead, with a notice that the login
 * was not completed; quarkus-oidc has logged why (the log filter drops a token's claims from that line). A provider
 * that cannot be reached ends there too, with a warning in the log.
 */
@ApplicationScoped
public class BankIdFailures {

    void register(@Observes Router router) {
        router.route(BankIdTenant.PATH).failureHandler(this::handle);
        router.route(BankIdTenant.PATH + "/*").failureHandler(this::handle);
        // Ahead of authentication, so that it sees every answer on the path.
        router.route(BankIdTenant.PATH).order(Integer.MIN_VALUE + 1).handler(this::noBare401);
    }

    /**
     * quarkus-oidc answers some failures with a bare 401 of its own, without an exception to handle: a provider it
     * cannot reach, for one. On this page a 401 means the login did not happen, so it becomes the same redirect.
     */
    void noBare401(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 401) {
                Log.warn("BankID login answered 401 by quarkus-oidc (is the provider reachable?), sent to the login page");
                context.response().setStatusCode(303);
                context.response().headers().remove("WWW-Authenticate");
                context.response().putHeader("Location", BankIdResource.FAILED);
                context.response().putHeader("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    void handle(RoutingContext context) {
        Throwable failure = context.failure();
        boolean oidc = failure instanceof AuthenticationException || failure instanceof OIDCException;
        if (!oidc || context.response().headWritten()) {
            context.next();
            return;
        }
        if (failure instanceof OIDCException) {
            // The provider itself failed us (unreachable, a broken discovery document or JWKS): worth a warning.
            Log.warnf("BankID provider not usable (%s), login sent to the login page", failure.getMessage());
        } else {
            Log.infof("BankID login not completed (%s), sent to the login page", failure.getClass().getSimpleName());
        }
        context.response().setStatusCode(303)
                .putHeader("Location", BankIdResource.FAILED)
                .putHeader("Cache-Control", "no-store")
                .end();
    }
}
