package no.minside.auth.bankid;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A BankID flow that quarkus-oidc could not complete (a state that does not match, a replayed or expired code, an
 * ID token with a bad signature, audience, nonce or expiry) fails during authentication, before any resource runs,
 * and Quarkus would answer with an empty 401. Here it ends on the login page instead, with a notice that the login
 * was not completed; quarkus-oidc has logged why (a national id in that line is masked by the log filter).
 */
@ApplicationScoped
public class BankIdFailures {

    void register(@Observes Router router) {
        router.route(BankIdTenant.PATH).failureHandler(this::handle);
        router.route(BankIdTenant.PATH + "/*").failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationException) || context.response().headWritten()) {
            context.next();
            return;
        }
        Log.infof("BankID login not completed (%s), sent to the login page",
                context.failure().getClass().getSimpleName());
        context.response().setStatusCode(303)
                .putHeader("Location", BankIdResource.FAILED)
                .putHeader("Cache-Control", "no-store")
                .end();
    }
}
