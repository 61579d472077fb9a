package no.minside.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;

/** The language switch: a plain link, so it works without JavaScript; remembers the choice in a cookie. */
@Path("/language")
public class LanguageResource {

    @GET
    @Path("/{lang}")
    public Response switchTo(@PathParam("lang") String lang, @QueryParam("return") String returnTo) {
        if (!Languages.isSupported(lang)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        NewCookie cookie = new NewCookie.Builder(PageRenderer.LANG_COOKIE).value(lang).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).httpOnly(true)
                .build();
        return Response.seeOther(URI.create(safeLocalPath(returnTo))).cookie(cookie).build();
    }

    /** Only a path on this site: never an open redirect to somewhere else. */
    static String safeLocalPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return path;
    }
}
