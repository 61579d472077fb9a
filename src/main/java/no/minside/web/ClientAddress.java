package no.minside.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who is knocking, for the attempt budgets: the client's address as Quarkus sees it (behind a proxy, from the
 * forwarded headers when quarkus.http.proxy.* trusts the proxy).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        String host = address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
        return "client:" + (host.length() > 60 ? host.substring(0, 60) : host);
    }
}
