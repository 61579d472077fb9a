package no.minside.devdata.bankid;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import no.minside.web.Bundles;
import no.minside.web.Choice;
import no.minside.web.FormError;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stand-in provider's pages for people: the login page that lists the demo people (GET and POST
 * /bankid-standin/authorize) and the end_session endpoint (GET /bankid-standin/logout). Dev mode and tests only:
 * the production build has no such routes.
 */
@Path(StandInEndpoints.BASE)
@Produces(MediaType.TEXT_HTML)
@IfBuildProfile(anyOf = {"dev", "test"})
public class StandInResource {

    @CheckedTemplate(basePath = "standin")
    static class Templates {
        static native TemplateInstance authorize(PageContext page, StandInView view);
    }

    /** The authorization request's parameters that the login form carries on. */
    private static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "scope",
            "state", "nonce", "code_challenge", "code_challenge_method", "acr_values");
    /** Where the registered client may be sent back to: Min side's own paths, on this machine. */
    private static final String REDIRECT_PATH = "/login/bankid";
    private static final String POST_LOGOUT_PATH = "/login";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final StandInProvider provider;
    private final PageRenderer pages;

    StandInResource(StandInProvider provider, PageRenderer pages) {
        this.provider = provider;
        this.pages = pages;
    }

    @GET
    @Path("authorize")
    public Response authorize(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return answer(uri.getQueryParameters(), null, false);
    }

    @POST
    @Path("authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(MultivaluedMap<String, String> form) {
        if ("cancel".equals(form.getFirst("action"))) {
            return answer(form, "cancel", true);
        }
        return answer(form, form.getFirst("identity"), true);
    }

    /**
     * The page, or the redirect back to the client. A request from an unknown client or with an unregistered
     * redirect_uri is never redirected (RFC 6749 4.1.2.1); other faults go back as error=invalid_request.
     */
    private Response answer(MultivaluedMap<String, String> params, String choice, boolean posted) {
        String redirectUri = params.getFirst("redirect_uri");
        if (!provider.isClient(params.getFirst("client_id")) || !isOurs(redirectUri, REDIRECT_PATH)) {
            return page(400, StandInView.refused(), null);
        }
        String state = params.getFirst("state");
        String scope = params.getFirst("scope") == null ? "" : params.getFirst("scope");
        if (!"code".equals(params.getFirst("response_type")) || !Arrays.asList(scope.split(" ")).contains("openid")
                || !"S256".equals(params.getFirst("code_challenge_method"))
                || isBlank(params.getFirst("code_challenge")) || isBlank(params.getFirst("nonce"))
                || isBlank(state)) {
            return back(redirectUri, Map.of("error", "invalid_request", "state", state == null ? "" : state));
        }
        if ("cancel".equals(choice)) {
            return back(redirectUri, Map.of("error", "access_denied", "state", state));
        }
        var who = choice == null ? java.util.Optional.<StandInProvider.Identity>empty() : provider.identity(choice);
        if (!posted || who.isEmpty()) {
            List<FormError> errors = posted ? List.of(new FormError("identity",
                    Bundles.of(StandInMessages.class, pages.language()).choose_someone())) : List.of();
            return page(posted ? 400 : 200, view(params, errors), redirectUri);
        }
        String code = provider.issueCode(redirectUri, params.getFirst("code_challenge"), params.getFirst("nonce"),
                acr(params.getFirst("acr_values")), who.get());
        return back(redirectUri, Map.of("code", code, "state", state));
    }

    /** RP-initiated logout: a registered client is sent back to its login page; anything else gets the error page. */
    @GET
    @Path("logout")
    public Response logout(@QueryParam("client_id") String clientId,
                           @QueryParam("post_logout_redirect_uri") String back, @QueryParam("state") String state) {
        if (!provider.isClient(clientId) || !isOurs(back, POST_LOGOUT_PATH)) {
            return page(400, StandInView.refused(), null);
        }
        provider.loggedOut();
        return back(back, state == null ? Map.of() : Map.of("state", state));
    }

    private StandInView view(MultivaluedMap<String, String> params, List<FormError> errors) {
        StandInMessages texts = Bundles.of(StandInMessages.class, pages.language());
        List<StandInView.Param> carried = new ArrayList<>();
        for (String name : CARRIED) {
            String value = params.getFirst(name);
            if (value != null) {
                carried.add(new StandInView.Param(name, value));
            }
        }
        List<Choice> people = provider.identities().stream().map(i -> Choice.of(i.key(), i.name() + ", "
                + texts.national_id(i.nationalId()) + (i.note() == null ? "" : " (" + note(texts, i.note()) + ")")))
                .toList();
        return new StandInView(false, "Min side", carried, people, params.getFirst("identity"), errors);
    }

    private static String note(StandInMessages texts, StandInProvider.Note note) {
        return switch (note) {
            case SEVERAL_CREDITORS -> texts.note_several_creditors();
            case ENGLISH -> texts.note_english();
            case D_NUMBER -> texts.note_d_number();
            case NO_CASES -> texts.note_no_cases();
        };
    }

    /** The first level asked for that the stand-in knows; the high one when none is. */
    private static String acr(String acrValues) {
        if (acrValues != null) {
            for (String value : acrValues.split(" ")) {
                if (value.equals(StandInProvider.LOA_HIGH) || value.equals(StandInProvider.LOA_SUBSTANTIAL)) {
                    return value;
                }
            }
        }
        return StandInProvider.LOA_HIGH;
    }

    /**
     * The login page. Its form continues, by redirect, to the client's redirect_uri on another origin, so the page's
     * CSP names that origin in form-action (browsers check form-action on the redirects after a form post).
     */
    private Response page(int status, StandInView view, String redirectUri) {
        String formAction = "'self'" + (redirectUri == null ? "" : " " + origin(redirectUri));
        return Response.status(status)
                .header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; form-action " + formAction + "; frame-ancestors 'none'; "
                        + "base-uri 'none'; object-src 'none'")
                .entity(pages.render(Templates.authorize(pages.pageWithoutSession(), view))).build();
    }

    private static Response back(String uri, Map<String, String> query) {
        StringBuilder target = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (var entry : query.entrySet()) {
            target.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return Response.seeOther(URI.create(target.toString())).build();
    }

    /** An http(s) URL on this machine with exactly this path (a query is allowed only for the logout's way back). */
    private static boolean isOurs(String uri, String path) {
        if (uri == null) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            return ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                    && parsed.getHost() != null && LOOPBACK.contains(parsed.getHost()) && parsed.getUserInfo() == null
                    && path.equals(parsed.getPath()) && parsed.getFragment() == null
                    && (parsed.getQuery() == null || path.equals(POST_LOGOUT_PATH));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
