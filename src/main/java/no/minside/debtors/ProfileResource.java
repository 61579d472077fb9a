package no.minside.debtors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.auth.SessionIdentityProvider;
import no.minside.auth.SessionInfo;
import no.minside.web.Languages;
import no.minside.web.PageRenderer;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Optional;

/** The debtor's contact details, notification preferences and language. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SessionIdentityProvider.DEBTOR_ROLE)
public class ProfileResource {

    @CheckedTemplate(basePath = "profile")
    static class Templates {
        static native TemplateInstance profile(ProfileView view);
    }

    private final DebtorProfileService profiles;
    private final PageRenderer pages;
    private final SecurityIdentity identity;

    ProfileResource(DebtorProfileService profiles, PageRenderer pages, SecurityIdentity identity) {
        this.profiles = profiles;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved) {
        return pages.render(Templates.profile(profiles.view(debtorId(), fullIdentity(), saved)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String email, @RestForm String phone, @RestForm boolean notifyByEmail,
                         @RestForm boolean notifySms, @RestForm String language) {
        ProfileForm form = new ProfileForm(email, phone, notifyByEmail, notifySms, language);
        Optional<ProfileView> invalid = profiles.update(debtorId(), fullIdentity(), form, pages.language());
        if (invalid.isPresent()) {
            return Response.status(400).entity(pages.render(Templates.profile(invalid.get()))).build();
        }
        return Response.seeOther(URI.create("/profile?saved=true")).cookie(Languages.cookie(language)).build();
    }

    private long debtorId() {
        return session().debtorId();
    }

    /** Only a login that proved identity (not the letter's PIN, which is tied to one case) sees the full id. */
    private boolean fullIdentity() {
        return session().caseId() == null;
    }

    private SessionInfo session() {
        return identity.getAttribute(SessionIdentityProvider.ATTR_SESSION);
    }
}
