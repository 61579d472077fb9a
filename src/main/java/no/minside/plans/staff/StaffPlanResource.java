package no.minside.plans.staff;

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
import no.minside.plans.EvaluationAnswer;
import no.minside.plans.PlanAlreadyDecidedException;
import no.minside.plans.PlanMessages;
import no.minside.web.Bundles;
import no.minside.web.Choice;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Case officers' pages for referred plans: the queue, and one plan with its evaluation and the decision form. */
@Path("/staff/plans")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class StaffPlanResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance plans(PageContext page, StaffPlanViews.Queue queue);

        static native TemplateInstance plansItem(PageContext page, StaffPlanViews.Item p, DecisionForm form,
                                                 List<FormError> errors, boolean decided, boolean alreadyDecided,
                                                 EvaluationAnswer refusedOffer, List<Choice> decisions);
    }

    private final StaffPlanService plans;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    StaffPlanResource(StaffPlanService plans, PageRenderer pages, CurrentVisitor visitor,
                      FormSubmissions submissions) {
        this.plans = plans;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    /** The decisions an officer can make, in the page's language. */
    private List<Choice> decisions() {
        PlanMessages text = Bundles.of(PlanMessages.class, pages.language());
        return List.of(Choice.of(DecisionForm.Decision.APPROVE.name(), text.staff_decision_approve()),
                Choice.of(DecisionForm.Decision.REJECT.name(), text.staff_decision_reject()),
                Choice.of(DecisionForm.Decision.COUNTER_OFFER.name(), text.staff_decision_counter()));
    }

    /** Why the core refused a counter-offer, every failed rule, in the page's language. */
    private static String refusedSentence(EvaluationAnswer refused, String lang) {
        String reasons = refused.failedRules().stream().map(r -> r.reason().in(lang))
                .collect(java.util.stream.Collectors.joining(" "));
        return Bundles.of(PlanMessages.class, lang).error_counter_refused(reasons);
    }

    @GET
    public TemplateInstance queue() {
        return pages.render(Templates.plans(pages.page(), plans.queue(visitor.require())));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance item(@PathParam("id") String id, @QueryParam("decided") boolean decided) {
        StaffPlanViews.Item item = plans.item(visitor.require(), id);
        return pages.render(Templates.plansItem(pages.page(), item, DecisionForm.empty(item.version()), List.of(),
                decided, false, null, decisions()));
    }

    /**
     * The decision, once per form page (a repeat lands where the first went). Decided by another officer meanwhile,
     * or sent from a page older than the plan: told so, with the plan as it stands and what was typed.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @BeanParam DecisionForm form,
                           @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor officer = visitor.require();
        try {
            return submissions.once(officer, submission, () -> {
                EvaluationAnswer refused = plans.decide(officer, id, form);
                if (refused == null) {
                    return Submitted.redirect("/staff/plans/" + id + "?decided=true");
                }
                TemplateInstance page = Templates.plansItem(pages.pageWithErrors(), plans.item(officer, id), form,
                        List.of(new FormError("months", refusedSentence(refused, pages.language()))), false, false,
                        refused, decisions());
                return FormSubmissions.Done.notDone(Response.status(400).entity(pages.render(page)).build());
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), PlanMessages.class);
            TemplateInstance page = Templates.plansItem(pages.pageWithErrors(), plans.item(officer, id), form, errors,
                    false, false, null, decisions());
            return Response.status(400).entity(pages.render(page)).build();
        } catch (PlanAlreadyDecidedException e) {
            StaffPlanViews.Item item = plans.item(officer, id);
            TemplateInstance page = Templates.plansItem(pages.page(), item, form.atVersion(item.version()),
                    List.of(), false, true, null, decisions());
            return Response.status(409).entity(pages.render(page)).build();
        }
    }
}
