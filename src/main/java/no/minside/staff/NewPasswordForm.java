package no.minside.staff;

import org.jboss.resteasy.reactive.RestForm;

/** A staff member's own new password, typed twice. Never shown back on a page. */
public record NewPasswordForm(@RestForm String password, @RestForm String repeat) {
}
