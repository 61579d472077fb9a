package no.minside.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.minside.auth.SessionIdentityProvider;
import no.minside.auth.SessionInfo;
import no.minside.web.PageRenderer;

import java.util.List;

/** The debtor's overview of their cases and the detail of one. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SessionIdentityProvider.DEBTOR_ROLE)
public class DebtorCaseResource {

    @CheckedTemplate(basePath = "cases")
    static class Templates {
        static native TemplateInstance overview(List<DebtorCaseViews.CaseSummary> cases);

        static native TemplateInstance detail(DebtorCaseViews.CaseDetail c);
    }

    private final DebtorCaseService service;
    private final PageRenderer pages;
    private final SecurityIdentity identity;

    DebtorCaseResource(DebtorCaseService service, PageRenderer pages, SecurityIdentity identity) {
        this.service = service;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance overview() {
        return pages.render(Templates.overview(service.overview(session())));
    }

    @GET
    @Path("/{caseNumber}")
    public TemplateInstance detail(@PathParam("caseNumber") String caseNumber) {
        return pages.render(Templates.detail(service.detail(session(), caseNumber)));
    }

    private SessionInfo session() {
        return identity.getAttribute(SessionIdentityProvider.ATTR_SESSION);
    }
}
