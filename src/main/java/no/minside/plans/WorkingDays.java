package no.minside.plans;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Answer times in working days: Monday to Friday in Norway (public holidays are not counted out). */
final class WorkingDays {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private WorkingDays() {
    }

    /** The end (23:59:59, Oslo) of the {@code days}-th working day after the day of {@code from}. */
    static Instant endOfWorkingDay(Instant from, int days) {
        LocalDate day = LocalDate.ofInstant(from, OSLO);
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(OSLO).toInstant();
    }

    /** The Norwegian date of an instant. */
    static LocalDate dateOf(Instant moment) {
        return moment == null ? null : LocalDate.ofInstant(moment, OSLO);
    }
}
