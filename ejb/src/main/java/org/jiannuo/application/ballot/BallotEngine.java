package org.jiannuo.application.ballot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.ballot.BallotKeys;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.BallotSheet;
import org.jiannuo.domain.model.ballot.Count;
import org.jiannuo.domain.model.ballot.Electorate;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.OccasionSubject;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The secret ballot of every occasion. A voter's transaction writes two things and nothing else: a
 * receipt (a keyed hash of the voter, or the spending of a participation code) and the ballot sealed
 * under a key the database never holds, in a row with a random key and no voter, time or order. No
 * count changes while the occasion is open, so no statement a voter's request runs carries what they
 * chose, not even the name of a count column. The count is a separate step at close: every sealed
 * ballot is opened in the application, the per-subject sums are written in one batch, and the sealed
 * ballots are deleted in the same transaction. Callers log nothing of a ballot.
 */
@ApplicationScoped
public class BallotEngine {

    private static final int RANDOM_KEY_BYTES = 16;
    /** Far more occasions than a county votes in at once (a month's meetings of every branch). */
    private static final int REMEMBERED_PAPERS = 4_096;

    @Inject
    BallotRepository ballots;

    @Inject
    BallotKeys keys;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    @Any
    Instance<Electorate> electorates;

    private final SecureRandom random = BallotKeys.ownRandom();
    /**
     * The subject keys of the occasions voted on lately, by occasion id. An occasion's subjects are fixed when it is
     * prepared and its id is never given again, so what is remembered is never stale, on any node; every ballot
     * needs them, and reading them took a statement of each. Looked up only for an occasion the caller has read.
     */
    private final Cache<Long, List<String>> papers = Caffeine.newBuilder().maximumSize(REMEMBERED_PAPERS).build();
    private final Clock clock = Clock.systemDefaultZone();

    /** Prepares an occasion with its paper: the subjects as key → name, in the paper's order. */
    public Occasion prepare(OccasionOwner owner, Long ownerId, OrgUnit unit, String title, Scale scale,
            Eligibility eligibility, VotingMode mode, int minimumBallots, String by, Map<String, String> subjects) {
        if (subjects.isEmpty()) {
            throw new RuleViolation("ballot.noSubjects");
        }
        Occasion occasion = Occasion.prepare(owner, ownerId, unit, title, scale, eligibility, mode, minimumBallots,
                by, LocalDateTime.now(clock));
        ballots.store(occasion);
        int position = 0;
        for (Map.Entry<String, String> subject : subjects.entrySet()) {
            ballots.store(new OccasionSubject(occasion, ++position, subject.getKey(), subject.getValue()));
        }
        ballots.flush();
        return occasion;
    }

    public List<OccasionSubject> paper(Occasion occasion) {
        return ballots.subjects(occasion);
    }

    /** Whether the person may vote on this occasion, as its owner says. */
    public boolean admits(Occasion occasion, Long personId) {
        return personId != null && occasion.getEligibility() != Eligibility.PARTICIPATION_CODES
                && electorate(occasion).admits(occasion, personId);
    }

    /** How many may vote: the electorate's size, or the codes issued. */
    public int voters(Occasion occasion) {
        return occasion.getEligibility() == Eligibility.PARTICIPATION_CODES ? occasion.getCodesIssued()
                : electorate(occasion).size(occasion);
    }

    public boolean hasVoted(Occasion occasion, long personId) {
        return ballots.hasReceipt(occasion, receipt(occasion, personId));
    }

    /** Electronic ballots cast so far: receipts and spent codes; known while voting, unlike any count. */
    public int ballotsCast(Occasion occasion) {
        return ballots.countReceipts(occasion) + ballots.countSpentCodes(occasion);
    }

    public int codesSpent(Occasion occasion) {
        return ballots.countSpentCodes(occasion);
    }

    /** The codes spent on many occasions, counted together, by occasion id; an occasion without any is left out. */
    public Map<Long, Integer> codesSpent(Collection<Occasion> occasions) {
        return ballots.countSpentCodes(occasions);
    }

    /**
     * Casts an account holder's ballot. The caller has checked that the person is admitted. The receipt
     * goes in first, so that a concurrent second ballot waits on its key and is refused before it
     * stores anything.
     */
    public void cast(Occasion occasion, long personId, Map<String, String> choices) {
        occasion.requireVoting();
        BallotSheet sheet = sheet(occasion, choices);
        if (!ballots.storeReceipt(occasion, receipt(occasion, personId))) {
            throw new RuleViolation("ballot.alreadyCast");
        }
        storeSealed(occasion, sheet);
    }

    /** Casts a ballot with a participation code: the code is spent exactly once, whoever holds it. */
    public void castWithCode(Occasion occasion, String code, Map<String, String> choices) {
        occasion.requireVoting();
        BallotSheet sheet = sheet(occasion, choices);
        if (!ballots.spendCode(occasion, codeHash(code))) {
            throw new RuleViolation("code.spentOrUnknown");
        }
        storeSealed(occasion, sheet);
    }

    /** The occasion a participation code was issued for, in the current tenant. */
    public Occasion occasionOfCode(String code) {
        return ballots.occasionOfCode(codeHash(code)).flatMap(ballots::findOccasion)
                .orElseThrow(() -> new RuleViolation("code.spentOrUnknown"));
    }

    public boolean isSpent(Occasion occasion, String code) {
        return ballots.isSpent(occasion, codeHash(code));
    }

    /** Issues fresh codes: only their keyed hashes are stored; the codes are printed once and forgotten. */
    public List<String> issueCodes(Occasion occasion, int count) {
        occasion.issueCodes(count);
        List<String> codes = ParticipationCodes.fresh(random, count);
        ballots.storeCodes(occasion, codes.stream().map(this::codeHash).toList());
        return codes;
    }

    /** Enters a paper ballot's counts (subject → option → ballots); each subject's add up to the ballots. */
    public void enterPaper(Occasion occasion, int paperBallots, Map<String, Map<String, Integer>> counts) {
        occasion.recordPaperBallots(paperBallots, voters(occasion));
        List<String> subjects = subjectKeys(occasion);
        if (counts == null || !counts.keySet().equals(new HashSet<>(subjects))) {
            throw new RuleViolation("ballot.incomplete", subjects.size() - (counts == null ? 0 : counts.size()),
                    subjects.size());
        }
        Map<String, Map<String, Integer>> sums = new Count(occasion.getScale(), subjects).plus(counts).sums();
        ballots.replaceCounts(occasion, sums);
    }

    /** Closes the occasion and counts it: the sealed ballots are opened, summed and deleted in one go. */
    public void close(Occasion occasion) {
        occasion.close();
        if (occasion.getMode() == VotingMode.ELECTRONIC) {
            List<String> subjects = subjectKeys(occasion);
            Count count = new Count(occasion.getScale(), subjects).plus(ballots.counts(occasion));
            String context = occasion.sealContext(currentTenant.code());
            for (byte[] sealed : ballots.sealedBallots(occasion)) {
                count.add(BallotSheet.read(keys.open(sealed, context), subjects.size(), occasion.getScale()));
            }
            ballots.replaceCounts(occasion, count.sums());
            ballots.deleteSealedBallots(occasion);
        }
        ballots.flush();
    }

    /** The counts of a closed occasion (subject → option → ballots), or none when fewer than the minimum. */
    public Results results(Occasion occasion) {
        occasion.requireClosed();
        return results(occasion, voters(occasion), ballotsCast(occasion),
                () -> new Count(occasion.getScale(), subjectKeys(occasion)).plus(ballots.counts(occasion)).sums());
    }

    /**
     * The results of many closed occasions (a county's month of meetings) read together: a few grouped
     * statements over the stored counts and receipts instead of several per occasion. By occasion id.
     */
    public Map<Long, Results> results(Collection<Occasion> occasions) {
        occasions.forEach(Occasion::requireClosed);
        Map<Long, Integer> receipts = ballots.countReceipts(occasions);
        Map<Long, Integer> spentCodes = ballots.countSpentCodes(occasions);
        Map<Long, List<String>> subjectKeys = ballots.subjectKeys(occasions);
        Map<Long, Map<String, Map<String, Integer>>> counts = ballots.counts(occasions);
        Map<Long, Integer> voters = new HashMap<>();
        occasions.stream().collect(Collectors.groupingBy(Occasion::getEligibility)).forEach((eligibility, alike) -> {
            if (eligibility == Eligibility.PARTICIPATION_CODES) {
                alike.forEach(occasion -> voters.put(occasion.getId(), voters(occasion)));
            } else {
                voters.putAll(electorate(alike.get(0)).sizes(alike));
            }
        });
        Map<Long, Results> results = new HashMap<>();
        for (Occasion occasion : occasions) {
            long id = occasion.getId();
            results.put(id, results(occasion, voters.get(id),
                    receipts.getOrDefault(id, 0) + spentCodes.getOrDefault(id, 0),
                    () -> new Count(occasion.getScale(), subjectKeys.getOrDefault(id, List.of()))
                            .plus(counts.getOrDefault(id, Map.of())).sums()));
        }
        return results;
    }

    /** The counts are summed only when they are shown. */
    private static Results results(Occasion occasion, int voters, int electronic,
            Supplier<Map<String, Map<String, Integer>>> sums) {
        boolean shown = occasion.showsResultsOf(electronic + occasion.getPaperBallots());
        Map<String, Map<String, Integer>> counts = shown ? sums.get() : Map.of();
        return new Results(voters, electronic, occasion.getPaperBallots(), occasion.getMinimumBallots(), shown,
                counts);
    }

    /** A closed occasion's counts and turnout; {@code counts} is empty unless {@code shown}. */
    public record Results(int voters, int electronicBallots, int paperBallots, int minimum, boolean shown,
            Map<String, Map<String, Integer>> counts) {

        public int ballots() {
            return electronicBallots + paperBallots;
        }
    }

    private BallotSheet sheet(Occasion occasion, Map<String, String> choices) {
        return BallotSheet.of(subjectKeys(occasion), occasion.getScale(), choices);
    }

    private void storeSealed(Occasion occasion, BallotSheet sheet) {
        byte[] randomKey = new byte[RANDOM_KEY_BYTES];
        random.nextBytes(randomKey);
        ballots.storeSealed(occasion, HexFormat.of().formatHex(randomKey),
                keys.seal(sheet.bytes(), occasion.sealContext(currentTenant.code())));
    }

    private List<String> subjectKeys(Occasion occasion) {
        List<String> keys = papers.getIfPresent(occasion.getId());
        if (keys == null) {
            keys = ballots.subjects(occasion).stream().map(OccasionSubject::getKey).toList();
            if (!keys.isEmpty()) {
                papers.put(occasion.getId(), keys);
            }
        }
        return keys;
    }

    private String receipt(Occasion occasion, long personId) {
        return keys.receipt(currentTenant.code(), occasion.receiptScope(), personId);
    }

    private String codeHash(String code) {
        return keys.codeHash(currentTenant.code(), ParticipationCodes.normalize(code));
    }

    private Electorate electorate(Occasion occasion) {
        return electorates.stream().filter(e -> e.serves() == occasion.getEligibility()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No electorate for " + occasion.getEligibility()));
    }
}
