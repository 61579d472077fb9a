package no.minside.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.common.InvalidFormException;
import no.minside.common.Roles;
import no.minside.web.Bundles;
import no.minside.web.Choice;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;
import no.minside.common.Visitor;
import no.minside.common.Violation;
import jakarta.persistence.OptimisticLockException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The admin's pages for staff accounts: the list with the form for a new account, and one account's page. */
@Path("/staff/admin/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class StaffAdminResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance accounts(PageContext page, List<StaffAdminViews.AccountRow> accounts,
                                                NewAccountForm form, List<FormError> errors, List<Choice> roles);

        static native TemplateInstance account(PageContext page, StaffAdminViews.AccountPage view, String done,
                                               String role, List<FormError> errors, List<Choice> roles);
    }

    private final StaffAdminService admin;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    StaffAdminResource(StaffAdminService admin, PageRenderer pages, CurrentVisitor visitor,
                       FormSubmissions submissions) {
        this.admin = admin;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    @GET
    public TemplateInstance list() {
        return pages.render(Templates.accounts(pages.page(), admin.list(), NewAccountForm.empty(), List.of(), roles()));
    }

    /** A new account, once per form page: a repeat lands on the account made, where its one-time password waits. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewAccountForm form, @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, submission, () -> Submitted.redirect("/staff/admin/staff/"
                    + admin.create(who, form) + "?done=created"), Submitted::landOn);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), StaffAdminMessages.class);
            return Response.status(400).entity(pages.render(Templates.accounts(pages.pageWithErrors(), admin.list(),
                    form, errors, roles()))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance account(@PathParam("id") long id, @QueryParam("done") String done) {
        StaffAdminViews.AccountPage view = admin.account(visitor.require(), id);
        return pages.render(Templates.account(pages.page(), view, known(done), view.account().role(), List.of(),
                roles()));
    }

    /**
     * One change, once per form page. From a page older than the account (another admin changed it meanwhile):
     * told so, with the account as it is now and the role as typed.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @BeanParam AccountChangeForm form,
                           @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, submission, () -> {
                admin.change(who, id, form);
                return Submitted.redirect("/staff/admin/staff/" + id + "?done="
                        + AccountChangeForm.Change.of(form.change()).map(c -> c.value).orElseThrow());
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), StaffAdminMessages.class);
            StaffAdminViews.AccountPage view = admin.account(who, id);
            String role = form.role() == null ? view.account().role() : form.role();
            int status = e.violations().stream().anyMatch(v -> v.key().equals("last_admin")) ? 409 : 400;
            return Response.status(status).entity(pages.render(Templates.account(pages.pageWithErrors(), view, null,
                    role, errors, roles()))).build();
        } catch (AccountChangedMeanwhileException | OptimisticLockException meanwhile) {
            StaffAdminViews.AccountPage view = admin.account(who, id);
            String role = NewAccountForm.isRole(form.role()) ? form.role() : view.account().role();
            List<FormError> errors = FormErrors.localize(List.of(Violation.of(fieldOf(form), "account_changed_meanwhile")),
                    pages.language(), StaffAdminMessages.class);
            return Response.status(409).entity(pages.render(Templates.account(pages.pageWithErrors(), view, null,
                    role, errors, roles()))).build();
        }
    }

    /** The field the message about a change points to: the role's choices, or the button of the change. */
    private static String fieldOf(AccountChangeForm form) {
        return "role".equals(form.change()) ? "role" : "change-" + form.change();
    }

    /** The notice to show after a change: only the names of the changes, nothing else from the address. */
    private static String known(String done) {
        if ("created".equals(done)) {
            return done;
        }
        return AccountChangeForm.Change.of(done).map(c -> c.value).orElse(null);
    }

    private List<Choice> roles() {
        StaffAdminMessages texts = Bundles.of(StaffAdminMessages.class, pages.language());
        return List.of(Choice.of(Roles.SUPPORT, texts.role_support()), Choice.of(Roles.OFFICER, texts.role_officer()),
                Choice.of(Roles.ADMIN, texts.role_admin()));
    }
}
