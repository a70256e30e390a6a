package org.jiannuo.domain.model.publicity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The publicity period (公示期) of something published on the board: it starts on the day of
 * publication and lasts the department's number of working days, counted from the day after it (so a
 * grade published on a Friday with five working days stays open to objection until the next Friday
 * evening). Objections are taken while it lasts; a grade with no open objection becomes final after it.
 */
public record PublicityPeriod(LocalDate start, LocalDate lastDay) {

    public PublicityPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(lastDay);
    }

    public static PublicityPeriod from(LocalDate publishedOn, int workingDays, WorkingCalendar calendar) {
        return new PublicityPeriod(publishedOn, calendar.workingDaysAfter(publishedOn, workingDays));
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(lastDay);
    }

    public boolean isOver(LocalDate today) {
        return today.isAfter(lastDay);
    }
}
