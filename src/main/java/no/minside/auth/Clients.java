package no.minside.auth;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** Who is knocking, for the per-client login budget: the client's address as Quarkus sees it. */
final class Clients {

    private Clients() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        String host = address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
        return "client:" + (host.length() > 60 ? host.substring(0, 60) : host);
    }
}
