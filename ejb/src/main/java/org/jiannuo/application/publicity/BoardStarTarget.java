package org.jiannuo.application.publicity;

import java.util.Arrays;
import java.util.List;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * A village member's signed star target as the board posts it (seed 003: targets posted in the affairs column):
 * the stars aimed for per aspect and in all, under the cap. Nothing else of the letter is shown.
 */
public record BoardStarTarget(int year, int cap, int total, List<AspectCount> aspects) {

    /** One aspect's stars aimed for. */
    public record AspectCount(StarAspect aspect, int stars) {
    }

    public BoardStarTarget {
        aspects = List.copyOf(aspects);
    }

    static BoardStarTarget of(int year, int cap, AspectStars stars) {
        return new BoardStarTarget(year, cap, stars.total(), Arrays.stream(StarAspect.values())
                .map(aspect -> new AspectCount(aspect, stars.of(aspect))).toList());
    }

    /** The target drawn as the letter draws it: ★ per star aimed for, ☆ up to the cap. */
    public String drawn() {
        return draw(total, cap);
    }

    /** ★ per star, ☆ for each short of the cap: a target, or a member's published year-end stars. */
    static String draw(int stars, int cap) {
        return "★".repeat(stars) + "☆".repeat(Math.max(0, cap - stars));
    }
}
