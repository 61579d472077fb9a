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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import no.minside.common.InvalidFormException;
import no.minside.common.Violation;
import no.minside.staff.NewPasswordForm;
import no.minside.staff.StaffAdminMessages;
import no.minside.web.Bundles;
import no.minside.web.ClientAddress;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.QrCodes;
import no.minside.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Staff login on one page, {@code /staff/login}, in steps: the password, then the code from the authenticator app
 * (or, the first time, setting the app up and taking the recovery codes), and, after an admin issued the password,
 * the staff member's own. Which step a POST is comes from its {@code step} field; where the login stands comes from
 * the step cookie, so a reload or the back button shows the step the login is at.
 */
@Path("/staff/login")
@Produces(MediaType.TEXT_HTML)
public class StaffLoginResource {

    @CheckedTemplate(basePath = "auth")
    static class Templates {
        static native TemplateInstance staffLogin(PageContext page, LoginView view);

        static native TemplateInstance staffCode(PageContext page, StaffLoginStepView step, List<FormError> errors);

        static native TemplateInstance staffEnrol(PageContext page, StaffLoginStepView step, String qr,
                                                  List<FormError> errors);

        static native TemplateInstance staffRecovery(PageContext page, StaffLoginStepView step);

        static native TemplateInstance staffNewPassword(PageContext page, StaffLoginStepView step,
                                                        List<FormError> errors);
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
    public Response form(@QueryParam("loggedOut") boolean loggedOut, @QueryParam("expired") boolean expired,
                         @Context HttpHeaders headers) {
        String stepToken = cookies.stepToken(headers);
        if (stepToken != null) {
            Optional<StaffLoginStepView> step = staffLogin.current(stepToken);
            if (step.isPresent()) {
                return Response.ok(stepPage(step.get(), List.of(), false)).build();
            }
        }
        LoginMessages texts = Bundles.of(LoginMessages.class, pages.language());
        String notice = loggedOut ? texts.logged_out() : expired || stepToken != null ? texts.staff_expired() : null;
        Response.ResponseBuilder answer = Response.ok(pages.render(Templates.staffLogin(pages.page(),
                LoginView.empty(notice))));
        if (stepToken != null) {
            answer.cookie(cookies.clearStep());
        }
        return answer.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String step, @BeanParam StaffLoginForm form, @RestForm String code,
                          @BeanParam NewPasswordForm newPassword, @Context HttpHeaders headers,
                          @Context HttpServerRequest request) {
        String client = ClientAddress.of(request);
        String device = cookies.deviceToken(headers);
        String stepToken = cookies.stepToken(headers);
        if (step == null || step.isBlank() || "password".equals(step)) {
            return password(form, client, device, headers);
        }
        try {
            StaffLoginResult result = switch (step) {
                case "code" -> staffLogin.code(stepToken, code, client, device);
                case "enrol" -> staffLogin.enrol(stepToken, code, client, device);
                case "recovery" -> staffLogin.recoveryCodesSaved(stepToken);
                case "new-password" -> staffLogin.newPassword(stepToken, newPassword);
                case "cancel" -> {
                    staffLogin.cancel(stepToken);
                    yield null;
                }
                default -> new StaffLoginResult.Next(stepToken, null);
            };
            if (result == null) {
                return Redirects.seeOther("/staff/login").cookie(cookies.clearStep()).build();
            }
            if (result instanceof StaffLoginResult.Refused refused) {
                Violation why = refusal("code", refused.reason(), "code_invalid");
                return again(stepToken, List.of(why), TwoFactorMessages.class);
            }
            return answer(result, headers);
        } catch (InvalidFormException e) {
            Class<?> bundle = "new-password".equals(step) ? StaffAdminMessages.class : TwoFactorMessages.class;
            return again(stepToken, e.violations(), bundle);
        }
    }

    private Response password(StaffLoginForm form, String client, String device, HttpHeaders headers) {
        List<Violation> problems;
        try {
            StaffLoginResult result = staffLogin.password(form, client, device);
            if (!(result instanceof StaffLoginResult.Refused refused)) {
                return answer(result, headers);
            }
            problems = List.of(refusal("username", refused.reason(), "staff_invalid"));
        } catch (InvalidFormException e) {
            problems = e.violations();
        }
        LoginView view = new LoginView(form.username() == null ? "" : form.username().trim(),
                FormErrors.localize(problems, pages.language(), LoginMessages.class), null);
        return Response.status(400).entity(pages.render(Templates.staffLogin(pages.pageWithErrors(), view))).build();
    }

    /** Where a step that went through leads: the next step, or the staff pages with a new session. */
    private Response answer(StaffLoginResult result, HttpHeaders headers) {
        List<NewCookie> set = new ArrayList<>();
        String target = "/staff/login";
        if (result instanceof StaffLoginResult.Next next) {
            set.add(cookies.step(next.stepToken()));
            if (next.deviceToken() != null) {
                set.add(cookies.device(next.deviceToken()));
            }
        } else if (result instanceof StaffLoginResult.Done done) {
            // A session cookie the browser already had (another login) is ended, never taken over.
            sessions.end(cookies.token(headers));
            set.add(cookies.issue(done.sessionToken()));
            set.add(cookies.clearStep());
            if (done.deviceToken() != null) {
                set.add(cookies.device(done.deviceToken()));
            }
            target = "/staff";
        } else {
            set.add(cookies.clearStep());
            target = "/staff/login?expired=true";
        }
        return Redirects.seeOther(target).cookie(set.toArray(NewCookie[]::new)).build();
    }

    /** The step's page again with what went wrong (400); when the step is gone meanwhile, back to the start. */
    private Response again(String stepToken, List<Violation> problems, Class<?> bundle) {
        Optional<StaffLoginStepView> step = staffLogin.current(stepToken);
        if (step.isEmpty()) {
            return Redirects.seeOther("/staff/login?expired=true").cookie(cookies.clearStep()).build();
        }
        List<FormError> errors = FormErrors.localize(problems, pages.language(), bundle);
        return Response.status(400).entity(stepPage(step.get(), errors, true)).build();
    }

    private TemplateInstance stepPage(StaffLoginStepView step, List<FormError> errors, boolean hasErrors) {
        PageContext page = hasErrors ? pages.pageWithErrors() : pages.page();
        TemplateInstance template = switch (step.stage()) {
            case CODE -> Templates.staffCode(page, step, errors);
            case ENROL -> Templates.staffEnrol(page, step, QrCodes.svg(step.otpauthUri(),
                    Bundles.of(TwoFactorMessages.class, pages.language()).enrol_qr_label()), errors);
            case RECOVERY -> Templates.staffRecovery(page, step);
            case PASSWORD -> Templates.staffNewPassword(page, step, errors);
        };
        return pages.render(template);
    }

    /** Why a staff login step was refused, as a violation of the field the error summary points to. */
    private static Violation refusal(String field, LoginResult result, String rejectedKey) {
        if (result instanceof LoginResult.Wait wait) {
            return Violation.of(field, "wait_seconds", wait.seconds());
        }
        return Violation.of(field, result instanceof LoginResult.Locked
                ? ("code".equals(field) ? "locked" : "staff_locked") : rejectedKey);
    }
}
