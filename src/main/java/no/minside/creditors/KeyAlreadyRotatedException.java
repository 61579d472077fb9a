package no.minside.creditors;

/** The key was rotated since the admin's page was shown (a second click, or another admin): nothing was changed. */
public class KeyAlreadyRotatedException extends RuntimeException {

    public KeyAlreadyRotatedException() {
        super("The creditor's key was rotated since the page was shown");
    }
}
