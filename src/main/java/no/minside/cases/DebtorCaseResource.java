package no.minside.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.minside.common.KeptBody;
import no.minside.common.Roles;
import no.minside.web.CurrentVisitor;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;

import java.util.List;

/** The debtor's overview of their cases and the detail of one. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.DEBTOR)
public class DebtorCaseResource {

    @CheckedTemplate(basePath = "cases")
    static class Templates {
        static native TemplateInstance overview(PageContext page, RawString body);

        static native TemplateInstance overviewBody(PageContext page, DebtorCaseViews.Overview overview);

        static native TemplateInstance detail(PageContext page, String caseNumber, RawString body);

        static native TemplateInstance detailBody(PageContext page, DebtorCaseViews.CaseDetail c);
    }

    private final DebtorCaseService service;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;

    DebtorCaseResource(DebtorCaseService service, PageRenderer pages, CurrentVisitor visitor) {
        this.service = service;
        this.pages = pages;
        this.visitor = visitor;
    }

    @GET
    @Produces(PageRenderer.HTML)
    public byte[] overview() {
        PageContext page = pages.page();
        KeptBody body = service.overviewPage(visitor.require(), pages.language(),
                overview -> pages.render(Templates.overviewBody(page, overview)).render());
        return pages.aroundKeptBody("cases/overview",
                (framed, none) -> Templates.overview(framed, PageRenderer.KEPT_BODY), page, List.of(), body);
    }

    @GET
    @Path("/{caseNumber}")
    @Produces(PageRenderer.HTML)
    public byte[] detail(@PathParam("caseNumber") String caseNumber) {
        PageContext page = pages.page();
        KeptBody body = service.detailPage(visitor.require(), caseNumber, pages.language(),
                c -> pages.render(Templates.detailBody(page, c)).render());
        return pages.aroundKeptBody("cases/detail",
                (framed, number) -> Templates.detail(framed, number.get(0), PageRenderer.KEPT_BODY), page,
                List.of(caseNumber), body);
    }
}
