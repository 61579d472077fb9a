package no.minside.rates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;

/** The public page of current and past rates: inkassosats, salær, collection notice fee and late interest. */
@Path("/rates")
@Produces(MediaType.TEXT_HTML)
public class RatesResource {

    @CheckedTemplate(basePath = "rates")
    static class Templates {
        static native TemplateInstance rates(PageContext page, RatesView view);
    }

    private final RatesService rates;
    private final PageRenderer pages;

    RatesResource(RatesService rates, PageRenderer pages) {
        this.rates = rates;
        this.pages = pages;
    }

    @GET
    public TemplateInstance rates() {
        return pages.render(Templates.rates(pages.page(), rates.view()));
    }
}
