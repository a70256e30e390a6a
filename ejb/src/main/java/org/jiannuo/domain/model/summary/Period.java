package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A half-year (H1, H2), a quarter (Q1–Q4) or the whole year (Y1), written {@code 2026-H1}, {@code 2026-Q3} or
 * {@code 2026-Y1}.
 *
 * @param index 1-based: 1–2 for halves, 1–4 for quarters, 1 for the year
 */
public record Period(int year, PeriodKind kind, int index) implements Serializable {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-([HhQqYy])([1-4])");

    public Period {
        if (kind == null || index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException("No period " + index + " of kind " + kind);
        }
    }

    /** Reads {@code 2026-H1} or {@code 2026-Q3}; anything else is refused as {@code period.invalid}. */
    public static Period parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw new RuleViolation("period.invalid", text);
        }
        PeriodKind kind = PeriodKind.ofLetter(matcher.group(2).charAt(0));
        int index = Integer.parseInt(matcher.group(3));
        if (index > kind.perYear()) {
            throw new RuleViolation("period.invalid", text);
        }
        return new Period(Integer.parseInt(matcher.group(1)), kind, index);
    }

    /** The period of this kind that the day falls in. */
    public static Period containing(LocalDate day, PeriodKind kind) {
        return new Period(day.getYear(), kind, (day.getMonthValue() - 1) / kind.months() + 1);
    }

    /** The latest period of this kind that has ended before the day. */
    public static Period lastEndedBefore(LocalDate day, PeriodKind kind) {
        return containing(day, kind).previous();
    }

    public Period previous() {
        return index == 1 ? new Period(year - 1, kind, kind.perYear()) : new Period(year, kind, index - 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * kind.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth(); !month.isAfter(lastMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public boolean contains(LocalDate day) {
        return contains(YearMonth.from(day));
    }

    /** On its first day or later: what a period holds can be reported from then on. */
    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(firstDay());
    }

    public boolean hasEnded(LocalDate today) {
        return today.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return year + "-" + kind.letter() + index;
    }
}
