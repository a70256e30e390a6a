package org.jiannuo.domain.model.appraisal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grades a group's ballot suggests: each subject's {@link Tally#direction()}, with the pioneer
 * candidates beyond the cap, weakest first, suggested 合格 instead.
 */
public final class GradeSuggestions {

    private GradeSuggestions() {
    }

    /** @return the suggestion per subject key; subjects without a direction are left out */
    public static Map<String, StarGrade> of(Map<String, Tally> tallies, int pioneerPercent) {
        Map<String, StarGrade> suggested = new HashMap<>();
        tallies.forEach((subject, tally) -> {
            StarGrade direction = tally.direction();
            if (direction != null) {
                suggested.put(subject, direction);
            }
        });
        List<String> candidates = suggested.entrySet().stream()
                .filter(entry -> entry.getValue() == StarGrade.PIONEER)
                .map(Map.Entry::getKey)
                .sorted((a, b) -> {
                    int byTally = Tally.STRONGEST_FIRST.compare(tallies.get(a), tallies.get(b));
                    return byTally != 0 ? byTally : a.compareTo(b);
                })
                .toList();
        int cap = PioneerCap.limit(tallies.size(), pioneerPercent);
        candidates.stream().skip(cap).forEach(subject -> suggested.put(subject, StarGrade.QUALIFIED));
        return suggested;
    }
}
