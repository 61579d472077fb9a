package no.minside.objections;

/** Someone else decided the objection first; the page says so instead of overwriting it. */
public class AlreadyDecidedException extends RuntimeException {

    public AlreadyDecidedException() {
        super("The objection was already decided");
    }
}
