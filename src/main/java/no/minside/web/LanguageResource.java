package no.minside.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.minside.common.Languages;

/** The language switch: a plain link, so it works without JavaScript; remembers the choice in a cookie. */
@Path("/language")
public class LanguageResource {

    private final CookieConfig cookies;

    LanguageResource(CookieConfig cookies) {
        this.cookies = cookies;
    }

    @GET
    @Path("/{lang}")
    public Response switchTo(@PathParam("lang") String lang, @QueryParam("return") String returnTo) {
        if (!Languages.isSupported(lang)) {
            throw new NotFoundException();
        }
        return Redirects.seeOther(LocalRedirects.safe(returnTo).toString()).cookie(Languages.cookie(lang, cookies.secure()))
                .build();
    }
}
