package no.minside.common;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class NationalIdLogFilterTest {

    private final NationalIdLogFilter filter = new NationalIdLogFilter();

    @Test
    void masksANationalIdInTheMessage() {
        LogRecord record = new LogRecord(Level.INFO, "Debtor 15038520072 logged in");
        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getMessage()).isEqualTo("Debtor 150385***** logged in");
    }

    @Test
    void masksANationalIdPassedAsAParameter() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Rejected %s for case %s",
                ExtLogRecord.FormatStyle.PRINTF, NationalIdLogFilterTest.class.getName());
        record.setParameters(new Object[]{"01019010046", "10000016"});
        filter.isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("Rejected 010190***** for case 10000016");
    }

    @Test
    void masksANationalIdInAnExceptionChain() {
        LogRecord record = new LogRecord(Level.SEVERE, "Failed");
        record.setThrown(new IllegalStateException("outer", new IllegalArgumentException("bad id 15038520072")));
        filter.isLoggable(record);
        assertThat(record.getThrown().getCause().toString())
                .isEqualTo("java.lang.IllegalArgumentException: bad id 150385*****");
        assertThat(record.getThrown().getStackTrace()).isNotEmpty();
    }

    /** quarkus-oidc logs a refused ID token with its claims: name and national id must not reach the log. */
    @Test
    void dropsTheClaimsOfARefusedIdToken() {
        LogRecord record = new LogRecord(Level.SEVERE, "ID token verification has failed: JWT (claims->{\"iss\":"
                + "\"https://broker.example\",\"nin\":\"15038520072\",\"name\":\"Kari Nordmann\",\"amr\":[\"BankID\"]})"
                + " rejected due to invalid claims. Additional details: [[17] claim nonce does not match]");
        filter.isLoggable(record);
        assertThat(record.getMessage()).isEqualTo("ID token verification has failed: JWT (claims->{...}) rejected due "
                + "to invalid claims. Additional details: [[17] claim nonce does not match]");
        LogRecord thrown = new LogRecord(Level.SEVERE, "Failed");
        thrown.setThrown(new IllegalStateException("JWT (claims->{\"name\":\"Kari Nordmann\"}) rejected"));
        filter.isLoggable(thrown);
        assertThat(thrown.getThrown().getMessage()).isEqualTo("JWT (claims->{...}) rejected");
    }

    @Test
    void leavesOtherNumbersAlone() {
        LogRecord record = new LogRecord(Level.INFO, "Case 10000016, KID 100000165, amount 1234567890123");
        filter.isLoggable(record);
        assertThat(record.getMessage()).isEqualTo("Case 10000016, KID 100000165, amount 1234567890123");
    }
}
