package no.minside.plans;

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
import no.minside.common.Visitor;
import no.minside.plans.evaluation.Proposal;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Redirects;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.UUID;

/**
 * The debtor's payment-plan pages: the options and the proposal form with the answer on the same page, accepting
 * an answer after its summary, and the plan's own page (the confirmation, the schedule, what is paid).
 */
@Path("/cases/{caseNumber}/plan")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.DEBTOR)
public class PlanResource {

    @CheckedTemplate(basePath = "plans")
    static class Templates {
        static native TemplateInstance plan(PageContext page, PlanViews.PlanPage p, PlanForm form,
                                            List<FormError> errors);

        static native TemplateInstance planView(PageContext page, PlanViews.PlanView v, boolean accepted);
    }

    private final PlanService plans;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    PlanResource(PlanService plans, PageRenderer pages, CurrentVisitor visitor, FormSubmissions submissions) {
        this.plans = plans;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    /**
     * The options, the form and, after a proposal, its answer. {@code months} fills the form in from an option
     * chosen in the table.
     */
    @GET
    public TemplateInstance show(@PathParam("caseNumber") String caseNumber,
                                 @QueryParam("evaluation") String evaluation, @QueryParam("renewed") boolean renewed,
                                 @QueryParam("months") String months) {
        Visitor who = visitor.require();
        PlanViews.PlanPage page = plans.page(who, caseNumber, evaluation, renewed);
        PlanForm form = page.answer() == null ? null : plans.formFor(who, caseNumber, evaluation);
        if (form == null) {
            form = PlanForm.suggesting(page.suggestedFirstDue());
            if (PlanInput.count(months, 1, Proposal.MAX_MONTHS).isPresent()) {
                form = new PlanForm(null, months.strip(), form.firstDueDate(), null, null, null, null, null, null,
                        null, null);
            }
        }
        return pages.render(Templates.plan(pages.page(), page, form, List.of()));
    }

    /** Evaluates the proposal at once; the answer is shown on the plan page (post-redirect-get). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("caseNumber") String caseNumber, @BeanParam PlanForm form,
                            @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, submission, () -> {
                UUID id = plans.propose(who, caseNumber, form);
                return Submitted.redirect("/cases/" + caseNumber + "/plan?evaluation=" + id + "#answer");
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), PlanMessages.class);
            TemplateInstance page = Templates.plan(pages.pageWithErrors(), plans.page(who, caseNumber, null, false),
                    form, errors);
            return Response.status(400).entity(pages.render(page)).build();
        } catch (PlanAlreadyOpenException | NothingToPlanException e) {
            return Redirects.seeOther("/cases/" + caseNumber + "/plan").build();
        }
    }

    /** Accepts the answer (or counter-offer) with this evaluation id, after the summary on the plan page. */
    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("caseNumber") String caseNumber, @RestForm String evaluation,
                           @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, submission, () -> {
                PlanViews.Accepted accepted = plans.accept(who, caseNumber, evaluation);
                if (accepted.renewed()) {
                    return Submitted.redirect("/cases/" + caseNumber + "/plan?evaluation="
                            + accepted.renewedEvaluation() + "&renewed=true#answer");
                }
                return Submitted.redirect("/cases/" + caseNumber + "/plan/" + accepted.reference() + "?accepted=true");
            }, Submitted::landOn);
        } catch (PlanAlreadyOpenException e) {
            return Redirects.seeOther("/cases/" + caseNumber + "/plan/" + e.reference()).build();
        }
    }

    /** The plan: the confirmation after accepting, the schedule, what is paid and what is next. */
    @GET
    @Path("/{reference}")
    public TemplateInstance plan(@PathParam("caseNumber") String caseNumber,
                                 @PathParam("reference") String reference, @QueryParam("accepted") boolean accepted) {
        return pages.render(Templates.planView(pages.page(), plans.plan(visitor.require(), caseNumber, reference),
                accepted));
    }
}
