package org.jiannuo.domain.model.ballot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The per-subject counts of an occasion: for every subject, how many ballots chose each option of
 * the scale. Built from sums already stored (a paper ballot's entry) and the ballots opened at close.
 */
public final class Count {

    private final Scale scale;
    private final Map<String, int[]> bySubject = new LinkedHashMap<>();

    public Count(Scale scale, List<String> subjectKeys) {
        this.scale = scale;
        for (String key : subjectKeys) {
            bySubject.put(key, new int[scale.options().size()]);
        }
    }

    /** Adds stored sums: subject → option → number of ballots. */
    public Count plus(Map<String, Map<String, Integer>> sums) {
        sums.forEach((subject, options) -> options.forEach((option, votes) -> {
            if (votes < 0) {
                throw new RuleViolation("ballot.negativeCount");
            }
            counts(subject)[index(option)] += votes;
        }));
        return this;
    }

    public Count add(BallotSheet ballot) {
        byte[] choices = ballot.bytes();
        int i = 0;
        for (int[] counts : bySubject.values()) {
            counts[choices[i++]]++;
        }
        return this;
    }

    /** subject → option → number of ballots, every option of the scale present. */
    public Map<String, Map<String, Integer>> sums() {
        Map<String, Map<String, Integer>> sums = new LinkedHashMap<>();
        bySubject.forEach((subject, counts) -> {
            Map<String, Integer> options = new LinkedHashMap<>();
            for (int i = 0; i < counts.length; i++) {
                options.put(scale.option(i), counts[i]);
            }
            sums.put(subject, options);
        });
        return sums;
    }

    private int[] counts(String subject) {
        int[] counts = bySubject.get(subject);
        if (counts == null) {
            throw new RuleViolation("ballot.unknownSubject", subject);
        }
        return counts;
    }

    private int index(String option) {
        int index = scale.indexOf(option);
        if (index < 0) {
            throw new RuleViolation("ballot.notOnScale");
        }
        return index;
    }
}
