package no.minside.auth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.web.FormError;
import no.minside.web.Languages;
import no.minside.web.LocalRedirects;
import no.minside.web.Localized;
import no.minside.web.Messages;
import no.minside.web.PageRenderer;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Debtor login with the case number and PIN from the letter, logout, and keeping a session alive. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate(basePath = "auth")
    static class Templates {
        static native TemplateInstance login(LoginView view);
    }

    private final PinLoginService pinLogin;
    private final SessionService sessions;
    private final SessionCookies cookies;
    private final PageRenderer pages;
    private final SecurityIdentity identity;

    LoginResource(PinLoginService pinLogin, SessionService sessions, SessionCookies cookies, PageRenderer pages,
                  SecurityIdentity identity) {
        this.pinLogin = pinLogin;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public Response start() {
        if (identity.hasRole(SessionIdentityProvider.DEBTOR_ROLE)) {
            return Response.seeOther(URI.create("/cases")).build();
        }
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/staff")).build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    @GET
    @Path("login")
    public TemplateInstance loginForm(@QueryParam("loggedOut") boolean loggedOut) {
        Messages msg = Localized.messages(pages.language());
        return pages.render(Templates.login(LoginView.empty(loggedOut ? msg.login_logged_out() : null)));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String caseNumber, @RestForm String pin,
                          @CookieParam("minside_session") String previousToken,
                          @CookieParam(PageRenderer.LANG_COOKIE) String chosenLanguage,
                          @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request) {
        Messages msg = Localized.messages(pages.language());
        List<FormError> errors = new ArrayList<>();
        if (caseNumber == null || caseNumber.isBlank()) {
            errors.add(new FormError("caseNumber", msg.login_case_number_required()));
        }
        if (pin == null || pin.isBlank()) {
            errors.add(new FormError("pin", msg.login_pin_required()));
        }
        if (errors.isEmpty()) {
            LoginResult result = pinLogin.login(caseNumber, pin, Clients.of(request));
            if (result instanceof LoginResult.Success success) {
                sessions.end(previousToken); // a fresh session on every login
                Response.ResponseBuilder answer = Response.seeOther(URI.create("/cases"))
                        .cookie(cookies.issue(success.token()));
                if (chosenLanguage == null && Languages.isSupported(success.language())) {
                    // No language chosen in this browser yet: use the one saved on the profile.
                    answer.cookie(Languages.cookie(success.language()));
                }
                return answer.build();
            }
            String message = result instanceof LoginResult.Locked ? msg.login_locked() : msg.login_invalid();
            errors.add(new FormError("caseNumber", message));
        }
        LoginView view = new LoginView(caseNumber == null ? "" : caseNumber.trim(), errors, null);
        return Response.status(400).entity(pages.render(Templates.login(view))).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam("minside_session") String token) {
        boolean staff = !identity.isAnonymous() && !identity.hasRole(SessionIdentityProvider.DEBTOR_ROLE);
        sessions.end(token);
        String target = staff ? "/staff/login?loggedOut=true" : "/login?loggedOut=true";
        return Response.seeOther(URI.create(target)).cookie(cookies.clear()).build();
    }

    /** "Stay logged in": restarts the session's idle clock; the script asks for JSON and gets 204. */
    @POST
    @Path("session/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @io.quarkus.security.Authenticated
    public Response extend(@RestForm("return") String returnTo, @jakarta.ws.rs.HeaderParam("Accept") String accept,
                           @CookieParam("minside_session") String token) {
        sessions.touch(token);
        if (accept != null && accept.contains("application/json")) {
            return Response.noContent().build();
        }
        return Response.seeOther(LocalRedirects.safe(returnTo)).build();
    }
}
