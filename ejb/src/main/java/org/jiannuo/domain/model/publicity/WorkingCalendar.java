package org.jiannuo.domain.model.publicity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Which days are working days: Monday to Friday, except the department's listed holidays, plus the
 * weekend days it lists as adjusted working days (调休). Written one day a line, {@code 2026-10-01 off} or
 * {@code 2026-10-11 work}, so that a department can paste the State Council's yearly notice.
 */
public final class WorkingCalendar {

    static final int MOST_DAYS = 200;

    private final Map<LocalDate, Boolean> exceptions;

    private WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = exceptions;
    }

    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(Map.of());
    }

    /** Reads the department's list; a line that is not a date followed by off or work is refused. */
    public static WorkingCalendar parse(String text) {
        Map<LocalDate, Boolean> days = new TreeMap<>();
        if (text != null) {
            for (String raw : text.split("[\\r\\n,;]+")) {
                String line = raw.strip();
                if (!line.isEmpty()) {
                    read(line, days);
                }
            }
        }
        if (days.size() > MOST_DAYS) {
            throw new RuleViolation("publicity.calendarTooLong", MOST_DAYS);
        }
        return new WorkingCalendar(days);
    }

    private static void read(String line, Map<LocalDate, Boolean> days) {
        String[] parts = line.split("\\s+");
        if (parts.length != 2 || !(parts[1].equalsIgnoreCase("off") || parts[1].equalsIgnoreCase("work"))) {
            throw new RuleViolation("publicity.calendarLine", line);
        }
        try {
            days.put(LocalDate.parse(parts[0]), parts[1].equalsIgnoreCase("work"));
        } catch (DateTimeParseException e) {
            throw new RuleViolation("publicity.calendarLine", line);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean listed = exceptions.get(day);
        if (listed != null) {
            return listed;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after the given day (the day itself not counted). */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The list in the form {@link #parse} reads. */
    public String text() {
        StringBuilder text = new StringBuilder();
        exceptions.forEach((day, working) -> text.append(day).append(working ? " work" : " off").append('\n'));
        return text.toString().strip();
    }
}
