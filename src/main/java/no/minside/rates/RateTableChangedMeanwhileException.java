package no.minside.rates;

/** A rate change from a form read before someone else saved a change to the same table: nothing was saved. */
public class RateTableChangedMeanwhileException extends RuntimeException {

    private final long current;

    public RateTableChangedMeanwhileException(long current) {
        super("The rate table changed since the form was read");
        this.current = current;
    }

    /** The table's version now, for the form shown again. */
    public long current() {
        return current;
    }
}
