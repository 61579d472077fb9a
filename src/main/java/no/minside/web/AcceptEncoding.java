package no.minside.web;

/** What a request's Accept-Encoding header allows (RFC 9110, 12.5.3), as far as the pages need it: gzip or not. */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * Whether {@code header} accepts gzip: named (or "*") with a weight above zero. A header naming gzip with
     * {@code q=0} refuses it, and no header at all means the client did not ask: the page goes uncompressed.
     */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        boolean starAllows = false;
        for (String coding : header.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            boolean allowed = weight(parts) > 0;
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                return allowed;
            }
            if (name.equals("*")) {
                starAllows = allowed;
            }
        }
        return starAllows;
    }

    /** The q parameter's value, 1 when absent, 0 when it cannot be read. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
