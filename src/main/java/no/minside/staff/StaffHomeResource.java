package no.minside.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.minside.common.Roles;
import no.minside.common.Visitor;
import no.minside.web.CurrentVisitor;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;

/** The staff start page: who is logged in, with which role. Debtor sessions never get here. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SUPPORT, Roles.OFFICER, Roles.ADMIN})
public class StaffHomeResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance home(PageContext page, Visitor staff);
    }

    private final CurrentVisitor visitor;
    private final PageRenderer pages;

    StaffHomeResource(CurrentVisitor visitor, PageRenderer pages) {
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    public TemplateInstance home() {
        return pages.render(Templates.home(pages.page(), visitor.require()));
    }
}
