package org.jiannuo.domain.model.appraisal;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The counts of one subject's ratings: how many ballots said 好, 较好, 一般, 差 or 不了解. Holds no trace
 * of who gave which rating.
 */
public record Tally(int good, int fairlyGood, int average, int poor, int unknown) implements Serializable {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

    /** Better subjects first: the larger share of 好, then the higher mean rating. */
    public static final Comparator<Tally> STRONGEST_FIRST = Comparator.comparingDouble(Tally::goodShare)
            .thenComparingDouble(Tally::meanRating).reversed();

    public Tally {
        if (good < 0 || fairlyGood < 0 || average < 0 || poor < 0 || unknown < 0) {
            throw new RuleViolation("ballot.negativeCount");
        }
    }

    /** The counts as the ballot engine keeps them: option of {@code Scale.APPRAISAL} → ballots. */
    public static Tally of(Map<String, Integer> byOption) {
        return new Tally(byOption.getOrDefault(Choice.GOOD.name(), 0), byOption.getOrDefault(Choice.FAIRLY_GOOD.name(), 0),
                byOption.getOrDefault(Choice.AVERAGE.name(), 0), byOption.getOrDefault(Choice.POOR.name(), 0),
                byOption.getOrDefault(Choice.UNKNOWN.name(), 0));
    }

    public Map<String, Integer> byOption() {
        Map<String, Integer> byOption = new LinkedHashMap<>();
        for (Choice choice : Choice.values()) {
            byOption.put(choice.name(), count(choice));
        }
        return byOption;
    }

    public int total() {
        return good + fairlyGood + average + poor + unknown;
    }

    /** Ballots from voters who knew the subject: 不了解 says nothing about them. */
    public int known() {
        return good + fairlyGood + average + poor;
    }

    public int count(Choice choice) {
        return switch (choice) {
            case GOOD -> good;
            case FAIRLY_GOOD -> fairlyGood;
            case AVERAGE -> average;
            case POOR -> poor;
            case UNKNOWN -> unknown;
        };
    }

    /**
     * The grade the ballot points to, before the pioneer cap: more than a third 差 → 后进; more than half
     * 一般 or 差 → 基本合格; at least two thirds 好 → 先锋; otherwise 合格. Nobody knew the subject: none.
     */
    public StarGrade direction() {
        int known = known();
        if (known == 0) {
            return null;
        }
        if (poor * 3 > known) {
            return StarGrade.LAGGING;
        }
        if ((average + poor) * 2 > known) {
            return StarGrade.BASICALLY_QUALIFIED;
        }
        if (good * 3 >= known * 2) {
            return StarGrade.PIONEER;
        }
        return StarGrade.QUALIFIED;
    }

    double goodShare() {
        return known() == 0 ? 0 : (double) good / known();
    }

    /** 好 4, 较好 3, 一般 2, 差 1, averaged over those who knew the subject. */
    double meanRating() {
        return known() == 0 ? 0 : (4.0 * good + 3.0 * fairlyGood + 2.0 * average + poor) / known();
    }
}
