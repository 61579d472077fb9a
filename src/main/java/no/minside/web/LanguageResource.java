package no.minside.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;


/** The language switch: a plain link, so it works without JavaScript; remembers the choice in a cookie. */
@Path("/language")
public class LanguageResource {

    @GET
    @Path("/{lang}")
    public Response switchTo(@PathParam("lang") String lang, @QueryParam("return") String returnTo) {
        if (!Languages.isSupported(lang)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        NewCookie cookie = Languages.cookie(lang);
        return Response.seeOther(LocalRedirects.safe(returnTo)).cookie(cookie).build();
    }
}
