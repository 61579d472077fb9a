package no.minside.auth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.common.InvalidFormException;
import no.minside.common.Languages;
import no.minside.common.Violation;
import no.minside.web.Bundles;
import no.minside.web.ClientAddress;
import no.minside.web.CookieConfig;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormErrors;
import no.minside.web.LocalRedirects;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The debtor's login page (BankID first, when it is configured, then the case number and PIN from the letter), the
 * PIN login, logout (which continues at the BankID provider after a BankID login), and keeping a session alive.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate(basePath = "auth")
    static class Templates {
        static native TemplateInstance login(PageContext page, LoginView view, boolean bankId);
    }

    private final PinLoginService pinLogin;
    private final SessionService sessions;
    private final SessionCookies sessionCookies;
    private final CookieConfig cookies;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final BankIdConfig bankId;

    LoginResource(PinLoginService pinLogin, SessionService sessions, SessionCookies sessionCookies,
                  CookieConfig cookies, PageRenderer pages, CurrentVisitor visitor, BankIdConfig bankId) {
        this.pinLogin = pinLogin;
        this.sessions = sessions;
        this.sessionCookies = sessionCookies;
        this.cookies = cookies;
        this.pages = pages;
        this.visitor = visitor;
        this.bankId = bankId;
    }

    @GET
    public Response start() {
        String target = visitor.get().map(v -> v.isDebtor() ? "/cases" : "/staff").orElse("/login");
        return Redirects.seeOther(target).build();
    }

    @GET
    @Path("login")
    public TemplateInstance loginForm(@QueryParam("loggedOut") boolean loggedOut,
                                      @QueryParam("bankid") String bankIdOutcome) {
        LoginMessages texts = Bundles.of(LoginMessages.class, pages.language());
        String notice = loggedOut ? texts.logged_out() : "failed".equals(bankIdOutcome) ? texts.bankid_failed() : null;
        return pages.render(Templates.login(pages.page(), LoginView.empty(notice), bankId.enabled()));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@BeanParam PinLoginForm form, @Context HttpHeaders headers,
                          @Context HttpServerRequest request) {
        List<Violation> problems;
        try {
            LoginResult result = pinLogin.login(form, ClientAddress.of(request), sessionCookies.deviceToken(headers));
            if (result instanceof LoginResult.Success success) {
                sessions.end(sessionCookies.token(headers)); // a fresh session on every login
                Response.ResponseBuilder answer = Redirects.seeOther("/cases")
                        .cookie(sessionCookies.issue(success.token()), sessionCookies.device(success.deviceToken()));
                if (!headers.getCookies().containsKey(Languages.COOKIE) && Languages.isSupported(success.language())) {
                    // No language chosen in this browser yet: use the one saved on the profile.
                    answer.cookie(Languages.cookie(success.language(), cookies.secure()));
                }
                return answer.build();
            }
            problems = List.of(refusal("caseNumber", result, "invalid"));
        } catch (InvalidFormException e) {
            problems = e.violations();
        }
        LoginView view = new LoginView(form.caseNumber() == null ? "" : form.caseNumber().trim(),
                FormErrors.localize(problems, pages.language(), LoginMessages.class), null);
        return Response.status(400).entity(pages.render(Templates.login(pages.pageWithErrors(), view, bankId.enabled())))
                .build();
    }

    /** Why a login was refused, as a violation of the field the error summary points to. */
    static Violation refusal(String field, LoginResult result, String rejectedKey) {
        if (result instanceof LoginResult.Wait wait) {
            return Violation.of(field, "wait_seconds", wait.seconds());
        }
        return Violation.of(field, result instanceof LoginResult.Locked ? "locked" : rejectedKey);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context HttpHeaders headers) {
        boolean staff = visitor.get().map(v -> v.isStaff()).orElse(false);
        java.util.Optional<String> atProvider = sessions.end(sessionCookies.token(headers));
        if (atProvider.isPresent()) {
            // After a BankID login: the provider ends its session too, then sends the browser to our login page.
            return Response.seeOther(java.net.URI.create(atProvider.get())).cookie(sessionCookies.clear()).build();
        }
        String target = staff ? "/staff/login?loggedOut=true" : "/login?loggedOut=true";
        return Redirects.seeOther(target).cookie(sessionCookies.clear()).build();
    }

    /** "Stay logged in": restarts the session's idle clock; the script asks for JSON and gets 204. */
    @POST
    @Path("session/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Authenticated
    public Response extend(@RestForm("return") String returnTo, @HeaderParam("Accept") String accept,
                           @Context HttpHeaders headers) {
        sessions.touch(sessionCookies.token(headers));
        if (accept != null && accept.contains("application/json")) {
            return Response.noContent().build();
        }
        return Redirects.seeOther(LocalRedirects.safe(returnTo).toString()).build();
    }
}
