package no.minside.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a "return to" parameter may send someone: a path on this site, never another site; "/" otherwise. */
public final class LocalRedirects {

    private LocalRedirects() {
    }

    public static URI safe(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return URI.create("/");
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri : URI.create("/");
        } catch (URISyntaxException e) {
            return URI.create("/");
        }
    }
}
