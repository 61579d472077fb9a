package no.minside.fees;

/** No row of a rate table covers the date or amount asked for: the table needs a row, the engine must not guess. */
public class RateNotFoundException extends IllegalStateException {

    public RateNotFoundException(String message) {
        super(message);
    }
}
