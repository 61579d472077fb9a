package no.minside.auth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import no.minside.web.Localized;
import no.minside.web.Messages;
import no.minside.web.PageRenderer;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Staff login with username and password. */
@Path("/staff/login")
@Produces(MediaType.TEXT_HTML)
public class StaffLoginResource {

    @CheckedTemplate(basePath = "auth")
    static class Templates {
        static native TemplateInstance staffLogin(LoginView view);
    }

    private final StaffLoginService staffLogin;
    private final SessionService sessions;
    private final SessionCookies cookies;
    private final PageRenderer pages;

    StaffLoginResource(StaffLoginService staffLogin, SessionService sessions, SessionCookies cookies,
                       PageRenderer pages) {
        this.staffLogin = staffLogin;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
    }

    @GET
    public TemplateInstance form(@QueryParam("loggedOut") boolean loggedOut) {
        Messages msg = Localized.messages(pages.language());
        return pages.render(Templates.staffLogin(LoginView.empty(loggedOut ? msg.login_logged_out() : null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password,
                          @CookieParam("minside_session") String previousToken,
                          @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request) {
        Messages msg = Localized.messages(pages.language());
        List<FormError> errors = new ArrayList<>();
        if (username == null || username.isBlank()) {
            errors.add(new FormError("username", msg.staff_username_required()));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FormError("password", msg.staff_password_required()));
        }
        if (errors.isEmpty()) {
            LoginResult result = staffLogin.login(username, password, Clients.of(request));
            if (result instanceof LoginResult.Success success) {
                sessions.end(previousToken);
                return Response.seeOther(URI.create("/staff")).cookie(cookies.issue(success.token())).build();
            }
            errors.add(new FormError("username", result instanceof LoginResult.Locked
                    ? msg.login_locked() : msg.staff_login_invalid()));
        }
        LoginView view = new LoginView(username == null ? "" : username.trim(), errors, null);
        return Response.status(400).entity(pages.render(Templates.staffLogin(view))).build();
    }
}
