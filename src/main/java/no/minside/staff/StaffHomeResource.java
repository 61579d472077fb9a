package no.minside.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.minside.web.Localized;
import no.minside.web.Messages;
import no.minside.web.PageRenderer;

/** The staff start page: who is logged in, with which role. Debtor sessions never get here. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({StaffAccount.SUPPORT, StaffAccount.OFFICER, StaffAccount.ADMIN})
public class StaffHomeResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance home(String name, String role);
    }

    private final SecurityIdentity identity;
    private final PageRenderer pages;

    StaffHomeResource(SecurityIdentity identity, PageRenderer pages) {
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    public TemplateInstance home() {
        Messages msg = Localized.messages(pages.language());
        String role = identity.hasRole(StaffAccount.ADMIN) ? msg.staff_role_admin()
                : identity.hasRole(StaffAccount.OFFICER) ? msg.staff_role_officer() : msg.staff_role_support();
        return pages.render(Templates.home(identity.getPrincipal().getName(), role));
    }
}
