package no.minside.auth;

import java.util.List;

/**
 * The stage a staff login halfway is at, with what its page shows: for ENROL the new secret (grouped for typing) and
 * the otpauth URI its QR code carries, for RECOVERY the new recovery codes.
 */
public record StaffLoginStepView(StaffLoginStep.Stage stage, String username, String displayName, String secret,
                                 String otpauthUri, List<String> recoveryCodes, boolean mustChangePassword) {

    /** The secret in groups of four, as people type it over: {@code ABCD EFGH …}. */
    public String secretGroups() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
