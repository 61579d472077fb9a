package no.minside.objections;

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
import no.minside.web.Bundles;
import no.minside.web.Choice;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;

import java.util.Arrays;
import java.util.List;

/** The debtor disputes a claim: the form, the receipt and status, the reply, and the debtor's own files. */
@Path("/cases/{caseNumber}/objection")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.DEBTOR)
public class ObjectionResource {

    @CheckedTemplate(basePath = "objections")
    static class Templates {
        static native TemplateInstance objection(PageContext page, ObjectionViews.DebtorPage view,
                                                 FormValues form, List<FormError> errors, String notice,
                                                 List<Choice> reasons);
    }

    /** What the form shows: as typed after an error, empty at first. */
    public record FormValues(String reason, String text, List<String> claims, String replyText) {

        static FormValues empty() {
            return new FormValues(null, "", List.of(), "");
        }

        public boolean hasClaim(Object id) {
            return claims.contains(String.valueOf(id));
        }
    }

    private final ObjectionService objections;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    ObjectionResource(ObjectionService objections, PageRenderer pages, CurrentVisitor visitor,
                      FormSubmissions submissions) {
        this.objections = objections;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    @GET
    public TemplateInstance show(@PathParam("caseNumber") String caseNumber, @QueryParam("sent") boolean sent,
                                 @QueryParam("replied") boolean replied) {
        String notice = sent ? "sent" : replied ? "replied" : null;
        return pages.render(Templates.objection(pages.page(), objections.page(visitor.require(), caseNumber),
                FormValues.empty(), List.of(), notice, reasons()));
    }

    /** Sends the objection once per form page: the same form again (a double click) lands on its receipt. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@PathParam("caseNumber") String caseNumber, @BeanParam ObjectionForm form) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, form.submission(), () -> {
                objections.submit(who, caseNumber, form);
                return Submitted.redirect("/cases/" + caseNumber + "/objection?sent=true");
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            FormValues typed = new FormValues(form.reason(), form.textOrEmpty(), form.claims(), "");
            return invalid(caseNumber, typed, e);
        }
    }

    @POST
    @Path("/reply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response reply(@PathParam("caseNumber") String caseNumber, @BeanParam ReplyForm form) {
        Visitor who = visitor.require();
        try {
            return submissions.once(who, form.submission(), () -> {
                objections.reply(who, caseNumber, form);
                return Submitted.redirect("/cases/" + caseNumber + "/objection?replied=true");
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            return invalid(caseNumber, new FormValues(null, "", List.of(), form.text() == null ? "" : form.text()), e);
        }
    }

    @GET
    @Path("/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id) {
        return Downloads.of(objections.download(visitor.require(), caseNumber, id));
    }

    private Response invalid(String caseNumber, FormValues typed, InvalidFormException e) {
        List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), ObjectionMessages.class);
        TemplateInstance page = Templates.objection(pages.pageWithErrors(),
                objections.page(visitor.require(), caseNumber), typed, errors, null, reasons());
        return Response.status(400).entity(pages.render(page)).build();
    }

    private List<Choice> reasons() {
        ObjectionMessages texts = Bundles.of(ObjectionMessages.class, pages.language());
        return Arrays.stream(ObjectionReason.values()).map(r -> Choice.of(r.name(), texts.reason(r))).toList();
    }
}
