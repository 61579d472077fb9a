package no.minside.objections;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file sent back as a download, never rendered inline: its real content type, {@code Content-Disposition:
 * attachment} with the name encoded (RFC 6266), and nosniff (every answer carries it).
 */
final class Downloads {

    private Downloads() {
    }

    static Response of(ObjectionViews.Download file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
