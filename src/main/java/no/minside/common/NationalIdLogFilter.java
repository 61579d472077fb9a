package no.minside.common;

import io.quarkus.logging.LoggingFilter;

import java.text.MessageFormat;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Masks anything that looks like a national id (11 digits) in a log line, after its parameters are filled in. The
 * code never logs national ids on purpose; this catches what a library or an exception message might carry. The
 * claims of a refused ID token, which quarkus-oidc logs as jose4j prints them ({@code JWT (claims->{...})}), go
 * whole: besides the national id they carry the person's name.
 */
@LoggingFilter(name = "national-id-mask")
public final class NationalIdLogFilter implements Filter {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{5}(?![0-9])");
    private static final Pattern TOKEN_CLAIMS = Pattern.compile("claims->\\{.*?\\}\\)", Pattern.DOTALL);

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = formatted(record);
        if (message != null && (ELEVEN_DIGITS.matcher(message).find() || TOKEN_CLAIMS.matcher(message).find())) {
            record.setMessage(mask(message));
            record.setParameters(null);
        }
        if (record.getThrown() != null && mentionsNationalId(record.getThrown())) {
            record.setThrown(masked(record.getThrown()));
        }
        return true;
    }

    private static boolean mentionsNationalId(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (ELEVEN_DIGITS.matcher(t.getMessage()).find()
                    || TOKEN_CLAIMS.matcher(t.getMessage()).find())) {
                return true;
            }
        }
        return false;
    }

    /** A stand-in for the exception chain with the same types, stack traces and masked messages. */
    private static Throwable masked(Throwable original) {
        Throwable copy = new MaskedException(original.getClass().getName(), mask(original.getMessage()),
                original.getCause() == null ? null : masked(original.getCause()));
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    /** Prints as the original exception class would, with its message masked. */
    private static final class MaskedException extends RuntimeException {
        private final String originalClass;

        MaskedException(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String withoutClaims = TOKEN_CLAIMS.matcher(text).replaceAll("claims->{...})");
        return ELEVEN_DIGITS.matcher(withoutClaims).replaceAll("$1*****");
    }

    private static String formatted(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        if (message == null || parameters == null || parameters.length == 0) {
            return message;
        }
        try {
            if (record instanceof org.jboss.logmanager.ExtLogRecord ext
                    && ext.getFormatStyle() == org.jboss.logmanager.ExtLogRecord.FormatStyle.PRINTF) {
                return String.format(message, parameters);
            }
            return MessageFormat.format(message, parameters);
        } catch (IllegalArgumentException e) {
            return message;
        }
    }
}
