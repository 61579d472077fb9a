package no.minside.auth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.common.InvalidFormException;
import no.minside.common.Violation;
import no.minside.web.Bundles;
import no.minside.web.ClientAddress;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Redirects;

import java.util.List;

/** Staff login with username and password. */
@Path("/staff/login")
@Produces(MediaType.TEXT_HTML)
public class StaffLoginResource {

    @CheckedTemplate(basePath = "auth")
    static class Templates {
        static native TemplateInstance staffLogin(PageContext page, LoginView view);
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
        String notice = loggedOut ? Bundles.of(LoginMessages.class, pages.language()).logged_out() : null;
        return pages.render(Templates.staffLogin(pages.page(), LoginView.empty(notice)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@BeanParam StaffLoginForm form, @Context HttpHeaders headers,
                          @Context HttpServerRequest request) {
        List<Violation> problems;
        try {
            LoginResult result = staffLogin.login(form, ClientAddress.of(request), cookies.deviceToken(headers));
            if (result instanceof LoginResult.Success success) {
                sessions.end(cookies.token(headers));
                return Redirects.seeOther("/staff")
                        .cookie(cookies.issue(success.token()), cookies.device(success.deviceToken())).build();
            }
            problems = List.of(LoginResource.refusal("username", result, "staff_invalid"));
        } catch (InvalidFormException e) {
            problems = e.violations();
        }
        LoginView view = new LoginView(form.username() == null ? "" : form.username().trim(),
                FormErrors.localize(problems, pages.language(), LoginMessages.class), null);
        return Response.status(400).entity(pages.render(Templates.staffLogin(pages.pageWithErrors(), view))).build();
    }
}
