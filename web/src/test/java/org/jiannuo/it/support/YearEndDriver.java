package org.jiannuo.it.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.CodePaper;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.ProposalLine;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.MassParticipantKind;

/**
 * A branch's year-end evaluation driven through the services, for the tests of what follows it: the ballots'
 * papers by subject key, a member's line, the campaign's last day, and the whole way to published results.
 */
public final class YearEndDriver {

    private final BranchEvaluations branches;
    private final Occasions occasions;
    private final CodeBallots codeBallots;

    public YearEndDriver(BranchEvaluations branches, Occasions occasions, CodeBallots codeBallots) {
        this.branches = branches;
        this.occasions = occasions;
        this.codeBallots = codeBallots;
    }

    /** A month ahead, within the campaign's season (by the next 31 March). */
    public static LocalDate lastDay(LocalDate today) {
        LocalDate latest = LocalDate.of(today.getYear() + 1, 3, 31);
        return today.plusDays(30).isAfter(latest) ? latest : today.plusDays(30);
    }

    /** The member's key on the occasions' papers. */
    public static String key(MemberLine line) {
        return "P" + line.personId();
    }

    /** A paper with one option for every member, other options for some. */
    public static Map<String, String> choices(List<MemberLine> lines, String option, Map<String, String> except) {
        return lines.stream().collect(Collectors.toMap(YearEndDriver::key,
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
        BranchEvaluationView started = voted(branches, occasions, campaignId, branchId, runner);
        List<MemberLine> lines = started.members();
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

    /**
     * Starts the branch's evaluation and runs its members' two ballots, without the masses: every member votes all
     * good in the mutual evaluation and, on the final ballot, the first member excellent, the last unqualified and
     * the others qualified; both closed, the branch may propose.
     *
     * @return the branch as started
     */
    public static BranchEvaluationView voted(BranchEvaluations branches, Occasions occasions, long campaignId,
            long branchId, AsUser runner) {
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
        return started;
    }

    /**
     * Takes a started branch evaluation to published results: the masses' panel at its quorum, every member voting
     * the given results (qualified for the rest) on the final ballot, the masses satisfied with all but the
     * unqualified, the results proposed as voted, confirmed by the superior and published.
     */
    public BranchEvaluationView publish(String tenant, BranchEvaluationView started, AsUser branchSecretary,
            AsUser superior, AsUser anyMember, Map<Long, AnnualGrade> results) {
        return publish(tenant, started, branchSecretary, superior, anyMember, results, (batch, codes) -> batch.run());
    }

    /** Runs a batch of ballots; {@code codes} are the participation codes in clear it spends (none for members). */
    public interface Casting {
        void run(Runnable batch, List<String> codes);
    }

    /**
     * {@link #publish(String, BranchEvaluationView, AsUser, AsUser, AsUser, Map)}, with {@code casting} running each
     * batch of ballots while its occasions are open (the members' mutual evaluation and final ballot, then the
     * masses' forms): a test watches what the voters' transactions write, and only that.
     */
    public BranchEvaluationView publish(String tenant, BranchEvaluationView started, AsUser branchSecretary,
            AsUser superior, AsUser anyMember, Map<Long, AnnualGrade> results, Casting casting) {
        long id = started.id();
        long branchUnitId = started.unitId();
        int required = started.massRequired();
        branchSecretary.call(() -> branches.recordPanel(id, Map.of(MassParticipantKind.REPRESENTATIVE, required)));
        List<MemberLine> lines = started.members();
        Map<String, String> voted = lines.stream().collect(Collectors.toMap(YearEndDriver::key,
                line -> results.getOrDefault(line.personId(), AnnualGrade.QUALIFIED).name()));
        branchSecretary.call(() -> occasions.open(started.mutual().id()));
        branchSecretary.call(() -> occasions.open(started.ballot().id()));
        casting.run(() -> {
            for (MemberLine voter : lines) {
                AsUser.member(anyMember.account(), voter.personId(), branchUnitId).call(() -> {
                    occasions.cast(started.mutual().id(), choices(lines, "GOOD", Map.of()));
                    occasions.cast(started.ballot().id(), voted);
                    return null;
                });
            }
        }, List.of());
        branchSecretary.call(() -> occasions.close(started.mutual().id()));
        branchSecretary.call(() -> occasions.close(started.ballot().id()));
        IssuedCodes codes = branchSecretary.call(() -> occasions.issueCodes(started.mass().id(), required));
        branchSecretary.call(() -> occasions.open(started.mass().id()));
        CodePaper paper = codeBallots.paper(tenant, started.mass().id(), codes.codes().get(0));
        Map<String, String> form = paper.subjects().stream().collect(Collectors.toMap(subject -> subject.key(),
                subject -> "UNQUALIFIED".equals(voted.get(subject.key())) ? "DISSATISFIED" : "SATISFIED"));
        casting.run(() -> {
            for (String code : codes.codes()) {
                codeBallots.cast(tenant, started.mass().id(), code, form);
            }
        }, codes.codes());
        branchSecretary.call(() -> occasions.close(started.mass().id()));
        List<ProposalLine> proposal = lines.stream().map(line -> new ProposalLine(line.personId(),
                results.getOrDefault(line.personId(), AnnualGrade.QUALIFIED), "按表决结果")).toList();
        branchSecretary.call(() -> branches.propose(id, proposal));
        superior.call(() -> branches.confirm(id));
        return branchSecretary.call(() -> branches.publish(id));
    }
}
