package no.minside.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.common.Roles;
import no.minside.web.CurrentVisitor;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;
import no.minside.common.Visitor;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Staff find a case in one box and see it whole; support orders a new PIN letter. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SUPPORT, Roles.OFFICER, Roles.ADMIN})
public class StaffCaseResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance search(PageContext page, String q, List<CaseSearch.Hit> hits);

        static native TemplateInstance caseView(PageContext page, StaffCaseView c, boolean pinOrdered);
    }

    private final CaseSearch search;
    private final StaffCaseService cases;
    private final CasePins pins;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    StaffCaseResource(CaseSearch search, StaffCaseService cases, CasePins pins, PageRenderer pages,
                      CurrentVisitor visitor, FormSubmissions submissions) {
        this.submissions = submissions;
        this.search = search;
        this.cases = cases;
        this.pins = pins;
        this.pages = pages;
        this.visitor = visitor;
    }

    @GET
    @Path("/search")
    public TemplateInstance search(@QueryParam("q") String q) {
        List<CaseSearch.Hit> hits = search.search(q);
        if (q != null && !q.isBlank()) {
            cases.searched(visitor.require(), q, hits.size());
        }
        return pages.render(Templates.search(pages.page(), q == null ? "" : q, hits));
    }

    @GET
    @Path("/cases/{caseNumber}")
    public TemplateInstance caseView(@PathParam("caseNumber") String caseNumber,
                                     @QueryParam("pinOrdered") boolean pinOrdered) {
        return pages.render(Templates.caseView(pages.page(), cases.view(visitor.require(), caseNumber), pinOrdered));
    }

    @POST
    @Path("/cases/{caseNumber}/new-pin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public Response orderNewPin(@PathParam("caseNumber") String caseNumber,
                                @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        // Once per form page: a double click orders one letter, the repeat lands on the same notice.
        String ordered = "/staff/cases/" + caseNumber + "?pinOrdered=true";
        try {
            return submissions.once(who, submission, () -> {
                pins.orderNewPin(who, caseNumber);
                return Submitted.redirect(ordered);
            }, Submitted::landOn);
        } catch (OptimisticLockException meanwhile) {
            // Someone else ordered one at the same moment (the case's version): one new letter is on its way.
            return Submitted.landOn(ordered);
        }
    }
}
