package no.minside.common;

/** The thing asked for does not exist, or belongs to someone else: both answer 404, so neither leaks. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
