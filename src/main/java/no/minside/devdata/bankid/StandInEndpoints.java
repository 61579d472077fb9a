package no.minside.devdata.bankid;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The stand-in provider's machine-facing endpoints, as quarkus-oidc calls them over HTTP: discovery, the JWKS and
 * the token endpoint (client_secret_basic or client_secret_post). Plain Vert.x routes ahead of the REST layer, since
 * a token request is a form post from a server, with no CSRF token to carry. Dev mode and tests only.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class StandInEndpoints {

    /** Where the stand-in lives on this server; its issuer is this path on the loopback address and port. */
    public static final String BASE = "/bankid-standin";

    private final StandInProvider provider;

    StandInEndpoints(StandInProvider provider) {
        this.provider = provider;
    }

    void routes(@Observes Router router) {
        int order = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
        router.get(BASE + "/.well-known/openid-configuration").order(order).handler(this::discovery);
        router.get(BASE + "/jwks").order(order).handler(this::jwks);
        router.post(BASE + "/token").order(order).handler(BodyHandler.create().setBodyLimit(16 * 1024));
        router.post(BASE + "/token").order(order + 1).handler(this::token);
    }

    /** The issuer as the request reached it: this server's loopback address and port, and {@link #BASE}. */
    static String issuer(SocketAddress local) {
        String host = local.hostAddress() == null ? "127.0.0.1" : local.hostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.port() + BASE;
    }

    void discovery(RoutingContext rc) {
        String issuer = issuer(rc.request().localAddress());
        JsonObject doc = new JsonObject()
                .put("issuer", issuer)
                .put("authorization_endpoint", issuer + "/authorize")
                .put("token_endpoint", issuer + "/token")
                .put("jwks_uri", issuer + "/jwks")
                .put("end_session_endpoint", issuer + "/logout")
                .put("response_types_supported", new JsonArray().add("code"))
                .put("response_modes_supported", new JsonArray().add("query"))
                .put("grant_types_supported", new JsonArray().add("authorization_code"))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
                .put("token_endpoint_auth_methods_supported",
                        new JsonArray().add("client_secret_basic").add("client_secret_post"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"))
                .put("scopes_supported", new JsonArray().add("openid").add("profile").add("nin"))
                .put("claims_supported", new JsonArray().add("sub").add("nin").add("name").add("acr").add("amr"))
                .put("acr_values_supported",
                        new JsonArray().add(StandInProvider.LOA_SUBSTANTIAL).add(StandInProvider.LOA_HIGH));
        json(rc, 200, doc);
    }

    void jwks(RoutingContext rc) {
        rc.response().putHeader("Content-Type", "application/json").end(provider.jwks());
    }

    void token(RoutingContext rc) {
        var form = rc.request().formAttributes();
        String[] client = clientCredentials(rc);
        if (client == null || !provider.isClient(client[0], client[1])) {
            rc.response().putHeader("WWW-Authenticate", "Basic realm=\"bankid-standin\"");
            error(rc, 401, "invalid_client", "unknown client or wrong secret");
            return;
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            error(rc, 400, "unsupported_grant_type", "only authorization_code");
            return;
        }
        try {
            String idToken = provider.redeem(form.get("code"), form.get("redirect_uri"), form.get("code_verifier"),
                    issuer(rc.request().localAddress()));
            json(rc, 200, new JsonObject()
                    .put("access_token", StandInProvider.randomToken())
                    .put("token_type", "Bearer")
                    .put("expires_in", 300)
                    .put("scope", "openid profile nin")
                    .put("id_token", idToken));
        } catch (StandInProvider.TokenError e) {
            error(rc, 400, e.error, e.getMessage());
        }
    }

    /** The client id and secret from the Basic header or, failing that, the form (client_secret_post). */
    private static String[] clientCredentials(RoutingContext rc) {
        String header = rc.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return null;
                }
                return new String[] {java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        var form = rc.request().formAttributes();
        return form.get("client_id") == null ? null : new String[] {form.get("client_id"), form.get("client_secret")};
    }

    private static void error(RoutingContext rc, int status, String error, String description) {
        json(rc, status, new JsonObject().put("error", error).put("error_description", description));
    }

    private static void json(RoutingContext rc, int status, JsonObject body) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }
}
