package no.minside.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.minside.common.FormRule;
import no.minside.common.Roles;
import no.minside.common.Text;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Locale;
import java.util.Set;

/** A new staff account as the admin types it; kept as typed so a page with errors shows it back. */
public record NewAccountForm(
        @RestForm @NotBlank(message = "username_required") String username,
        @RestForm @NotBlank(message = "display_name_required") @Size(max = 200, message = "display_name_too_long")
        String displayName,
        @RestForm String role) {

    static final Set<String> ROLES = Set.of(Roles.SUPPORT, Roles.OFFICER, Roles.ADMIN);

    /** One of the staff roles; null (nothing chosen) is none. Set.of refuses to look for null. */
    static boolean isRole(String value) {
        return value != null && ROLES.contains(value);
    }

    public static NewAccountForm empty() {
        return new NewAccountForm("", "", null);
    }

    /** The username as it is stored: trimmed, lower case. */
    String normalisedUsername() {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    static final FormRule<NewAccountForm> RULES = (form, found) -> {
        if (!found.has("username") && !form.normalisedUsername().matches("[a-z0-9._-]{3,64}")) {
            found.add("username", "username_format");
        }
        if (!found.has("displayName") && !Text.isCleanLine(form.displayName())) {
            found.add("displayName", "display_name_invalid");
        }
        if (!isRole(form.role())) {
            found.add("role", "role_required");
        }
    };
}
