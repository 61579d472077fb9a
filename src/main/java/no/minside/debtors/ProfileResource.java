package no.minside.debtors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.common.InvalidFormException;
import no.minside.common.Languages;
import no.minside.common.Roles;
import no.minside.web.Bundles;
import no.minside.web.Choice;
import no.minside.web.CookieConfig;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Redirects;
import no.minside.submissions.FormSubmissions;
import no.minside.common.Visitor;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The debtor's contact details, notification preferences and language. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.DEBTOR)
public class ProfileResource {

    @CheckedTemplate(basePath = "profile")
    static class Templates {
        static native TemplateInstance profile(PageContext page, ProfileView view, ProfileForm form,
                                               List<FormError> errors, boolean saved, List<Choice> languages);
    }

    private final DebtorProfileService profiles;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final CookieConfig cookies;
    private final FormSubmissions submissions;

    ProfileResource(DebtorProfileService profiles, PageRenderer pages, CurrentVisitor visitor, CookieConfig cookies,
                    FormSubmissions submissions) {
        this.submissions = submissions;
        this.profiles = profiles;
        this.pages = pages;
        this.visitor = visitor;
        this.cookies = cookies;
    }

    /** Each language named in itself, so a person who cannot read the page's language still finds their own. */
    private List<Choice> languages() {
        return Languages.SUPPORTED.stream()
                .map(lang -> new Choice(lang, Bundles.of(ProfileMessages.class, lang).language_name(), lang))
                .toList();
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved) {
        ProfileView view = profiles.view(visitor.require());
        return pages.render(Templates.profile(pages.page(), view, view.form(), List.of(), saved, languages()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam ProfileForm form, @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        // Once per form page; the repeat gets the same language cookie, as the browser keeps the last answer.
        java.util.function.Function<String, Response> answer = path -> Redirects.seeOther(path)
                .cookie(Languages.cookie(form.language(), cookies.secure())).build();
        try {
            return submissions.once(who, submission, () -> {
                profiles.update(who, form);
                return FormSubmissions.Done.landing(answer.apply("/profile?saved=true"), "/profile?saved=true");
            }, answer);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), ProfileMessages.class);
            TemplateInstance page = Templates.profile(pages.pageWithErrors(), profiles.view(visitor.require()), form, errors,
                    false, languages());
            return Response.status(400).entity(pages.render(page)).build();
        }
    }
}
