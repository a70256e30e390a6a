package org.jiannuo.domain.model.yearend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.quota.Quota;

/**
 * The suggested result of every member, by the rule the proposal screen states:
 * <ol>
 * <li>不合格 when more than half of the secret ballots say 不合格, or when the mass evaluation counts and more than
 * half of its forms say 不满意;</li>
 * <li>otherwise 优秀 when more than half of the ballots say 优秀 and the member is among the most 优秀 ballots
 * within the excellent quota; members tied at the quota's edge are all left 合格, so the quota is never
 * exceeded;</li>
 * <li>otherwise 合格.</li>
 * </ol>
 * The branch may propose otherwise, with a written reason.
 */
public final class ResultSuggestion {

    /** One member's inputs: the ballot's counts (option → ballots) and the masses' forms, null when they do not count. */
    public record Inputs(String key, Map<String, Integer> ballot, Map<String, Integer> mass) {
    }

    private ResultSuggestion() {
    }

    /** Every member's suggested result, by key; the quota applies to the branch of {@code members} members. */
    public static Map<String, AnnualGrade> of(List<Inputs> inputs, Quota excellent, int members) {
        Map<String, AnnualGrade> suggested = new LinkedHashMap<>();
        List<Inputs> candidates = new ArrayList<>();
        for (Inputs member : inputs) {
            if (isUnqualified(member)) {
                suggested.put(member.key(), AnnualGrade.UNQUALIFIED);
            } else {
                suggested.put(member.key(), AnnualGrade.QUALIFIED);
                if (majority(member.ballot(), AnnualGrade.EXCELLENT.name())) {
                    candidates.add(member);
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Inputs member) -> excellentVotes(member)).reversed());
        int limit = excellent.limit(members);
        int last = Math.min(limit, candidates.size());
        // Those tied with the first one beyond the quota cannot all fit: none of them is suggested.
        while (last > 0 && last < candidates.size()
                && excellentVotes(candidates.get(last - 1)) == excellentVotes(candidates.get(last))) {
            last--;
        }
        candidates.subList(0, last).forEach(member -> suggested.put(member.key(), AnnualGrade.EXCELLENT));
        return suggested;
    }

    private static boolean isUnqualified(Inputs member) {
        return majority(member.ballot(), AnnualGrade.UNQUALIFIED.name())
                || (member.mass() != null && majority(member.mass(), "DISSATISFIED"));
    }

    private static int excellentVotes(Inputs member) {
        return member.ballot().getOrDefault(AnnualGrade.EXCELLENT.name(), 0);
    }

    /** More than half of all the counted choices are this option. */
    private static boolean majority(Map<String, Integer> counts, String option) {
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return all > 0 && 2 * counts.getOrDefault(option, 0) > all;
    }
}
