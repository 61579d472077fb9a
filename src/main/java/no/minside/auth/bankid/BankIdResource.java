package no.minside.auth.bankid;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.auth.BankIdConfig;
import no.minside.auth.SessionCookies;
import no.minside.auth.SessionService;
import no.minside.common.Languages;
import no.minside.web.ClientAddress;
import no.minside.web.CookieConfig;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Redirects;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /login/bankid: the start of the BankID login and the page the provider sends the browser back to. The first
 * visit is sent on to the provider (quarkus-oidc's challenge: authorization code flow with PKCE, state and nonce);
 * the way back arrives with a verified ID token, from which the portal starts its own session and drops
 * quarkus-oidc's, so that the portal's session is the only one. The outcomes that start no session (no cases, too
 * low a level) are pages of their own, reached by redirect so that code and state leave the address bar. A flow that failed ends on the login page with a
 * notice, never on a bare 401 (BankIdFailures).
 */
@Path(BankIdTenant.PATH)
@Produces(MediaType.TEXT_HTML)
public class BankIdResource {

    @CheckedTemplate(basePath = "auth")
    static class Templates {
        static native TemplateInstance bankid(PageContext page, BankIdView view);
    }

    /** Where a failed or abandoned flow ends: the login page, with a notice that says so. */
    static final String FAILED = "/login?bankid=failed";
    /** The page for a person we have no cases on (post-redirect-get: the callback's code and state leave the URL). */
    static final String NO_CASES = BankIdTenant.PATH + "/no-cases";
    /** The page for a login below the required assurance level. */
    static final String TOO_LOW = BankIdTenant.PATH + "/level-too-low";

    private final BankIdConfig config;
    private final BankIdLoginService logins;
    private final SessionService sessions;
    private final SessionCookies sessionCookies;
    private final CookieConfig cookies;
    private final PageRenderer pages;
    private final SecurityIdentity identity;
    private final Instance<OidcConfigurationMetadata> provider;

    BankIdResource(BankIdConfig config, BankIdLoginService logins, SessionService sessions,
                   SessionCookies sessionCookies, CookieConfig cookies, PageRenderer pages, SecurityIdentity identity,
                   Instance<OidcConfigurationMetadata> provider) {
        this.config = config;
        this.logins = logins;
        this.sessions = sessions;
        this.sessionCookies = sessionCookies;
        this.cookies = cookies;
        this.pages = pages;
        this.identity = identity;
        this.provider = provider;
    }

    @GET
    public Response login(@Context HttpServerRequest request, @Context HttpHeaders headers,
                          @Context RoutingContext context) {
        if (!config.enabled()) {
            return page(503, BankIdView.ofUnavailable());
        }
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            if (isReturnFromProvider(request)) {
                // Back from the provider but not logged in: a replayed link, or the flow's cookie is gone.
                return Redirects.seeOther(FAILED).build();
            }
            throw new UnauthorizedException(); // quarkus-oidc's challenge: on to the provider
        }
        // quarkus-oidc's own session cookie goes now, whatever the outcome: the portal's session is the only one.
        boolean fromOldCookie = broughtProviderSession(request);
        forgetProviderSession(context);
        if (fromOldCookie || !isReturnFromProvider(request)) {
            // An identity from a leftover quarkus-oidc session cookie, not from a code flow just completed: a login
            // is only ever made by the provider, so start a new flow rather than trust the old cookie.
            return Redirects.seeOther(BankIdTenant.PATH).header("Cache-Control", "no-store").build();
        }
        BankIdLoginService.Claims claims = new BankIdLoginService.Claims(
                claim(idToken, config.nationalIdClaim()), claim(idToken, "acr"));
        String providerLogout = providerLogoutUrl(request);
        BankIdLoginService.Outcome outcome = logins.login(claims, ClientAddress.of(request), providerLogout);
        if (outcome instanceof BankIdLoginService.Outcome.LoggedIn in) {
            return loggedIn(in, headers);
        }
        if (outcome instanceof BankIdLoginService.Outcome.NoCases) {
            return Redirects.seeOther(NO_CASES).header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof BankIdLoginService.Outcome.LevelTooLow) {
            return Redirects.seeOther(TOO_LOW).header("Cache-Control", "no-store").build();
        }
        return Redirects.seeOther(FAILED).build();
    }

    /** A person logged in with BankID whom no creditor has sent us a case on: no session was started. */
    @GET
    @Path("no-cases")
    public Response noCases() {
        return page(200, BankIdView.ofNoCases());
    }

    /** A login at a lower assurance level than BankID's: no session was started. */
    @GET
    @Path("level-too-low")
    public Response levelTooLow() {
        return page(403, BankIdView.ofLevelTooLow());
    }

    /**
     * Drops quarkus-oidc's session cookie (the encrypted ID token) from this answer. OidcSession.logout() cannot:
     * it only removes a session cookie the request brought, and on the way back from the provider the cookie is
     * the one this very answer would set.
     */
    private static void forgetProviderSession(RoutingContext context) {
        for (String name : java.util.List.copyOf(context.request().cookieMap().keySet())) {
            if (name.startsWith(BankIdTenant.SESSION_COOKIE)) {
                context.response().removeCookies(name, true);
            }
        }
    }

    /** Whether the browser brought a quarkus-oidc session cookie (the request's own Cookie header, not this answer's). */
    private static boolean broughtProviderSession(HttpServerRequest request) {
        for (String header : request.headers().getAll("Cookie")) {
            for (String pair : header.split(";")) {
                if (pair.trim().startsWith(BankIdTenant.SESSION_COOKIE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A claim as text: a provider may send a number or a list where a string is expected. */
    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value instanceof String s ? s : null;
    }

    private Response loggedIn(BankIdLoginService.Outcome.LoggedIn in, HttpHeaders headers) {
        sessions.end(sessionCookies.token(headers)); // a fresh session on every login, as with the PIN
        Response.ResponseBuilder answer = Redirects.seeOther("/cases")
                .cookie(sessionCookies.issueAfterProvider(in.token()));
        if (!headers.getCookies().containsKey(Languages.COOKIE) && Languages.isSupported(in.language())) {
            answer.cookie(Languages.cookie(in.language(), cookies.secure()));
        }
        return answer.header("Cache-Control", "no-store").build();
    }

    private Response page(int status, BankIdView view) {
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(pages.render(Templates.bankid(pages.pageWithoutSession(), view))).build();
    }

    /** The provider answers on the redirect_uri with code and state, or with error. */
    private static boolean isReturnFromProvider(HttpServerRequest request) {
        return request.getParam("code") != null || request.getParam("state") != null
                || request.getParam("error") != null;
    }

    /**
     * RP-initiated logout at the provider, when its metadata names an end_session_endpoint: with our client_id and
     * the way back to our login page on the address the provider just sent the browser to (the redirect_uri it
     * accepted). No id_token_hint: the ID token carries the national id and is not kept.
     */
    private String providerLogoutUrl(HttpServerRequest request) {
        String endSession = provider.isResolvable() ? provider.get().getEndSessionUri() : null;
        if (endSession == null || endSession.isBlank()) {
            return null;
        }
        String absolute = request.absoluteURI();
        URI here;
        try {
            here = absolute == null ? null : new URI(absolute);
        } catch (java.net.URISyntaxException e) {
            here = null;
        }
        if (here == null || here.getScheme() == null || here.getRawAuthority() == null) {
            return null; // an address we cannot read back: logout ends here, not at the provider
        }
        String back = here.getScheme() + "://" + here.getRawAuthority() + "/login?loggedOut=true";
        return endSession + (endSession.contains("?") ? "&" : "?")
                + "client_id=" + encode(config.clientId().orElseThrow())
                + "&post_logout_redirect_uri=" + encode(back);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
