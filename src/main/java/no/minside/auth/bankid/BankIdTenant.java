package no.minside.auth.bankid;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.Authentication.CookieSameSite;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.auth.BankIdConfig;
import no.minside.auth.TokenHash;
import no.minside.web.CookieConfig;

/**
 * quarkus-oidc's configuration, per request: the BankID tenant on /login/bankid and nowhere else. Every other path
 * gets a disabled tenant, so quarkus-oidc neither authenticates nor challenges there, whatever cookies a browser
 * sends; and without BankID configuration /login/bankid gets the disabled one too.
 * <p>
 * Built here rather than in quarkus.oidc.* properties so that an issuer given as a path (the stand-in provider of dev
 * mode and the tests) is bound to this server's own port when the first login comes, which the tests' random port
 * ({@code quarkus.http.test-port=0}) requires.
 */
@ApplicationScoped
public class BankIdTenant implements TenantConfigResolver {

    /** The tenant id; quarkus-oidc's cookies for it are q_auth_bankid… and q_session_bankid. */
    static final String TENANT = "bankid";
    /** quarkus-oidc's session cookie for the tenant (chunks add a suffix); the portal never keeps it. */
    static final String SESSION_COOKIE = "q_session_" + TENANT;
    /** Where the code flow starts and the provider sends the browser back to (the redirect_uri). */
    public static final String PATH = "/login/bankid";

    private static final OidcTenantConfig OFF = OidcTenantConfig.builder().tenantId("off").disableTenant().build();

    private final BankIdConfig config;
    private final TokenHash secrets;
    private final CookieConfig cookies;
    private volatile OidcTenantConfig tenant;

    BankIdTenant(BankIdConfig config, TokenHash secrets, CookieConfig cookies) {
        this.config = config;
        this.secrets = secrets;
        this.cookies = cookies;
    }

    /** Says at start whether BankID is on, and why not when it was meant to be (a part missing, a wrong issuer). */
    void announce(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent started) {
        if (config.enabled()) {
            Log.infof("BankID login on: issuer %s, client %s, required acr %s", config.issuer().orElseThrow(),
                    config.clientId().orElseThrow(), config.requiredAcr().orElseThrow());
        } else if (config.issuer().isPresent() || config.clientId().isPresent() || config.clientSecret().isPresent()
                || config.requiredAcr().isPresent()) {
            Log.warnf("BankID login off: it needs BANKID_ISSUER (an https URL), BANKID_CLIENT_ID, BANKID_CLIENT_SECRET "
                    + "and BANKID_REQUIRED_ACR; given: issuer %s, client id %s, secret %s, acr %s",
                    config.issuer().orElse("-"), config.clientId().orElse("-"),
                    config.clientSecret().isPresent() ? "yes" : "no", config.requiredAcr().orElse("-"));
        } else {
            Log.info("BankID login off (no BANKID_ISSUER): the login page offers the letter's PIN alone");
        }
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        String path = context.normalizedPath();
        boolean bankIdPath = path.equals(PATH) || path.startsWith(PATH + "/");
        if (!bankIdPath || !config.enabled()) {
            return Uni.createFrom().item(OFF);
        }
        OidcTenantConfig resolved = tenant;
        if (resolved == null) {
            // The same object every time: quarkus-oidc rebuilds its tenant context whenever the object changes.
            resolved = build(issuer(context));
            tenant = resolved;
        }
        return Uni.createFrom().item(resolved);
    }

    /** The issuer URL; a path is the stand-in provider on this very server, reached over loopback. */
    private String issuer(RoutingContext context) {
        String issuer = config.issuer().orElseThrow();
        if (!issuer.startsWith("/")) {
            return issuer;
        }
        SocketAddress local = context.request().localAddress();
        String host = local.hostAddress() == null ? "127.0.0.1" : local.hostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.port() + issuer;
    }

    private OidcTenantConfig build(String issuer) {
        return OidcTenantConfig.builder()
                .tenantId(TENANT)
                .applicationType(ApplicationType.WEB_APP)
                .authServerUrl(issuer)
                .clientId(config.clientId().orElseThrow())
                .credentials(config.clientSecret().orElseThrow())
                .token().issuer(issuer).audience(config.clientId().orElseThrow()).end()
                .authentication()
                    .redirectPath(PATH)
                    .scopes(config.scopes())
                    .pkceRequired(true)
                    .nonceRequired(true)
                    .extraParam("acr_values", config.requiredAcr().orElseThrow())
                    // The callback itself is the page that starts the portal's session: no extra redirect.
                    .removeRedirectParameters(false)
                    .restorePathAfterRedirect(false)
                    // One flow at a time: a callback whose state does not match the one cookie fails.
                    .allowMultipleCodeFlows(false)
                    // The cookies go to /login/bankid only, and the state cookie must survive the provider's
                    // cross-site redirect back (Lax); the session cookie lives for one response.
                    .cookiePath(PATH)
                    .cookieSameSite(CookieSameSite.LAX)
                    .stateCookieSameSite(CookieSameSite.LAX)
                    .cookieForceSecure(cookies.secure())
                    // Derived from SESSION_KEY, so that any instance can finish a flow another one began.
                    .stateSecret(secrets.hash("bankid-state-cookie"))
                .end()
                .tokenStateManager().encryptionSecret(secrets.hash("bankid-session-cookie")).end()
                .build();
    }
}
