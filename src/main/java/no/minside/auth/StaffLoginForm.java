package no.minside.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.jboss.resteasy.reactive.RestForm;

/** The staff login form. A password may be anything, spaces included, so it is only required to be non-empty. */
public record StaffLoginForm(
        @RestForm @NotBlank(message = "staff_username_required") String username,
        @RestForm @NotEmpty(message = "staff_password_required") String password) {
}
