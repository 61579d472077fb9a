package no.minside.objections;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
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
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;

/** Support's objection pages: the queue, one objection with its case and files, and the decision. */
@Path("/staff/objections")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class StaffObjectionResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance objections(PageContext page, List<ObjectionViews.QueueRow> rows);

        static native TemplateInstance objection(PageContext page, ObjectionViews.StaffPage view, DecisionForm form, List<FormError> errors, boolean decided,
                                                 List<Choice> decisions, List<Choice> outcomes);
    }

    private final StaffObjectionService objections;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    StaffObjectionResource(StaffObjectionService objections, PageRenderer pages, CurrentVisitor visitor,
                           FormSubmissions submissions) {
        this.objections = objections;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    @GET
    public TemplateInstance queue() {
        return pages.render(Templates.objections(pages.page(), objections.queue(visitor.require())));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("decided") boolean decided) {
        return pages.render(objection(pages.page(), objections.page(visitor.require(), id, null),
                DecisionForm.empty(), List.of(), decided));
    }

    /**
     * The decision, once per form page (a repeat lands where the first went). Decided by someone else meanwhile, or
     * sent from a page older than the objection: told so, with the objection as it stands and what was typed.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @BeanParam DecisionForm form,
                           @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, submission, () -> {
                objections.decide(who, id, form);
                return Submitted.redirect("/staff/objections/" + id + "?decided=true");
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), ObjectionMessages.class);
            return Response.status(400).entity(pages.render(objection(pages.pageWithErrors(),
                    objections.page(who, id, null), form, errors, false))).build();
        } catch (AlreadyDecidedException | OptimisticLockException raced) {
            return Response.status(409).entity(pages.render(objection(pages.page(),
                    objections.page(who, id, "already_decided"), form, List.of(), false))).build();
        }
    }

    private TemplateInstance objection(PageContext page, ObjectionViews.StaffPage view, DecisionForm form,
                                       List<FormError> errors, boolean decided) {
        ObjectionMessages texts = Bundles.of(ObjectionMessages.class, pages.language());
        List<Choice> decisions = Arrays.stream(Decision.values()).map(d -> Choice.of(d.name(), texts.decision(d)))
                .toList();
        List<Choice> outcomes = Arrays.stream(ClaimOutcome.values())
                .map(o -> Choice.of(o.name(), texts.outcome(o))).toList();
        return Templates.objection(page, view, form, errors, decided, decisions, outcomes);
    }

    @GET
    @Path("/{id}/attachments/{aid}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("aid") String attachment) {
        return Downloads.of(objections.download(visitor.require(), id, attachment));
    }
}
