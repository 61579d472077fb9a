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

    @Test
    void leavesOtherNumbersAlone() {
        LogRecord record = new LogRecord(Level.INFO, "Case 10000016, KID 100000165, amount 1234567890123");
        filter.isLoggable(record);
        assertThat(record.getMessage()).isEqualTo("Case 10000016, KID 100000165, amount 1234567890123");
    }
}
