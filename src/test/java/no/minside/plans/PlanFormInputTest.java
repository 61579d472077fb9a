package no.minside.plans;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan form's amounts and dates, as people type them. */
class PlanFormInputTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "1 500        | 1500.00",
        "1500,50      | 1500.50",
        "kr 1 500     | 1500.00",
        "1 500 kr     | 1500.00",
        "1500         | 1500.00",
        "1.500        | 1500.00",
        "1.500,50     | 1500.50",
        "1,500.50     | 1500.50",
        "NOK 1,500    | 1500.00",
        "1500.5       | 1500.50",
        "1500,-       | 1500.00",
        "Kr. 300      | 300.00",
        "12 000 000   | 12000000.00",
        "1.000.000,00 | 1000000.00",
        "0            | 0.00",
    })
    void amountsAsPeopleWriteThem(String typed, String expected) {
        assertThat(PlanInput.amount(typed)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is no amount")
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "-100", "1,2,3", "15.5.5", "1500,505", "1 500 000 000 000", "12.34.567",
            "1.50.000", "kr", ",50", "1e5", "1500 kroner", "٣٠٠"})
    void notAmounts(String typed) {
        assertThat(PlanInput.amount(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "16.3.2026   | 2026-03-16",
        "16.03.2026  | 2026-03-16",
        "16/3/2026   | 2026-03-16",
        "16.3.26     | 2026-03-16",
        "2026-03-16  | 2026-03-16",
        " 1.4.2026   | 2026-04-01",
    })
    void datesAsPeopleWriteThem(String typed, String expected) {
        assertThat(PlanInput.date(typed)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @NullAndEmptySource
    @ValueSource(strings = {"31.2.2026", "2026-13-01", "i morgen", "16.3", "16032026", "0.0.2026"})
    void notDates(String typed) {
        assertThat(PlanInput.date(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" of 1…120 is {1}")
    @CsvSource({"6, 6", "' 12 ', 12", "120, 120"})
    void counts(String typed, int expected) {
        assertThat(PlanInput.count(typed, 1, 120)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no count of 1…120")
    @ValueSource(strings = {"0", "121", "-1", "6,5", "six", "99999"})
    void notCounts(String typed) {
        assertThat(PlanInput.count(typed, 1, 120)).isEmpty();
    }
}
