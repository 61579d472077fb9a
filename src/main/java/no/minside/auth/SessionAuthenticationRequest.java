package no.minside.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session token from the cookie, to be turned into an identity. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
