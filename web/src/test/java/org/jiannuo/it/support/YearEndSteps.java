package org.jiannuo.it.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.ProposalLine;

/** Steps of a branch's year-end evaluation through the services, for the tests of the year-end and its publicity. */
public final class YearEndSteps {

    private YearEndSteps() {
    }

    /** A campaign's last day: a month on, but never past the end of March of the next year. */
    public static LocalDate lastDay(LocalDate today) {
        LocalDate latest = LocalDate.of(today.getYear() + 1, 3, 31);
        return today.plusDays(30).isAfter(latest) ? latest : today.plusDays(30);
    }

    /** The member's key on the papers of the branch's occasions. */
    public static String key(MemberLine line) {
        return "P" + line.personId();
    }

    /** A paper: the option for every member, some excepted. */
    public static Map<String, String> choices(List<MemberLine> lines, String option, Map<String, String> except) {
        return lines.stream().collect(Collectors.toMap(YearEndSteps::key,
                line -> except.getOrDefault(key(line), option)));
    }

    public static MemberLine line(BranchEvaluationView view, long personId) {
        return view.members().stream().filter(line -> line.personId() == personId).findFirst().orElseThrow();
    }

    /**
     * Runs the branch's evaluation up to the superior's confirmation, without the masses: started by the runner,
     * every member votes the first member excellent, the last unqualified and the others qualified (and all good
     * in the mutual evaluation), the runner comments on each member with {@code comment} and proposes the
     * suggested results, the superior confirms.
     */
    public static BranchEvaluationView confirmed(BranchEvaluations branches, Occasions occasions, long campaignId,
            long branchId, AsUser runner, AsUser superior, String comment) {
        BranchEvaluationView started = runner.call(() -> branches.start(campaignId, branchId));
        List<MemberLine> lines = started.members();
        String first = key(lines.get(0));
        String last = key(lines.get(lines.size() - 1));
        runner.call(() -> occasions.open(started.mutual().id()));
        runner.call(() -> occasions.open(started.ballot().id()));
        for (MemberLine voter : lines) {
            runner.member(voter.personId(), branchId).call(() -> {
                occasions.cast(started.mutual().id(), choices(lines, "GOOD", Map.of()));
                occasions.cast(started.ballot().id(), choices(lines, "QUALIFIED",
                        Map.of(first, "EXCELLENT", last, "UNQUALIFIED")));
                return null;
            });
        }
        runner.call(() -> occasions.close(started.mutual().id()));
        runner.call(() -> occasions.close(started.ballot().id()));
        for (MemberLine member : lines) {
            AsUser commenter = member.branchSecretary() ? superior : runner;
            commenter.call(() -> branches.comment(started.id(), member.personId(), comment));
        }
        BranchEvaluationView counted = runner.call(() -> branches.view(started.id()));
        List<ProposalLine> asSuggested = counted.members().stream()
                .map(line -> new ProposalLine(line.personId(), line.suggested(), null)).toList();
        runner.call(() -> branches.propose(started.id(), asSuggested));
        return superior.call(() -> branches.confirm(started.id()));
    }
}
