package no.minside.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.audit.AuditChainService;
import no.minside.audit.AuditPage;
import no.minside.audit.AuditTrailService;
import no.minside.common.InvalidFormException;
import no.minside.common.Roles;
import no.minside.web.Bundles;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The admin's audit viewer: who saw and did what, newest first, filtered by who, what, case and time, paged. A GET
 * form (nothing changes, so no CSRF token); a filter value that is not one re-renders the page with its errors.
 * Beside it the hash chain's latest check, as stored: verifying on each view would read the whole log. The admin can
 * run a check now (a POST: the new entries since the last good check, or the whole log).
 */
@Path(AuditFilterForm.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AuditViewResource {

    /** Entries per page. */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance audit(PageContext page, AuditFilterForm form, List<AuditOption> actors,
                                             List<AuditOption.Group> actions, List<AuditLine> rows, String olderUrl,
                                             String newerUrl, List<FormError> errors, AuditChainLine chain);
    }

    private final AuditTrailService trail;
    private final AuditChainService chain;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;

    AuditViewResource(AuditTrailService trail, AuditChainService chain, PageRenderer pages, CurrentVisitor visitor) {
        this.trail = trail;
        this.chain = chain;
        this.pages = pages;
        this.visitor = visitor;
    }

    @GET
    public Response show(@BeanParam AuditFilterForm form) {
        AuditViews views = new AuditViews(Bundles.of(AuditMessages.class, pages.language()));
        List<AuditOption> actors = views.actors(form.actor());
        List<AuditOption.Group> actions = views.actions(form.action());
        AuditChainLine chainLine = views.chain(chain.latest());
        try {
            AuditPage page = trail.page(form.search(), PAGE_SIZE);
            return Response.ok(pages.render(Templates.audit(switchingTo(pages.page(), form), form.shown(), actors,
                    actions, views.lines(page.rows()), page.older() == null ? null : form.link("before", page.older()),
                    page.newer() == null ? null : form.link("after", page.newer()), List.of(), chainLine))).build();
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), AuditMessages.class);
            return Response.status(400).entity(pages.render(Templates.audit(switchingTo(pages.pageWithErrors(), form),
                    form.shown(), actors, actions, List.of(), null, null, errors, chainLine))).build();
        }
    }

    /** Checks the chain now: {@code scope=all} the whole log, anything else the entries since the last good check. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@RestForm String scope) {
        chain.checkFor(visitor.require().staffId(), "all".equals(scope));
        return Redirects.seeOther(AuditFilterForm.PATH + "#chain-title").build();
    }

    /**
     * The layout's language switch comes back to this page as the form shows it, masked: the address as typed may
     * carry a national id (refused, but typed), and the page must not.
     */
    private static PageContext switchingTo(PageContext page, AuditFilterForm form) {
        String back = "/language/" + page.otherLang() + "?return="
                + URLEncoder.encode(form.shown().self(), StandardCharsets.UTF_8);
        return new PageContext(page.lang(), page.otherLang(), back, page.visitor(), page.idleRemainingMillis(),
                page.hasErrors(), page.agencyPhone(), page.agencyEmail());
    }
}
