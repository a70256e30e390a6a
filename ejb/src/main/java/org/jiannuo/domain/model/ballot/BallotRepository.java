package org.jiannuo.domain.model.ballot;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of the ballot engine. Receipts, sealed ballots, spent codes and counts are kept apart and
 * none of them holds a voter's identity beside a choice.
 */
public interface BallotRepository {

    void store(Occasion occasion);

    Optional<Occasion> findOccasion(long id);

    /** Many occasions by their ids in one go (a campaign's thousand branches' ballots), by id. */
    Map<Long, Occasion> findOccasions(Collection<Long> ids);

    Optional<Occasion> occasionOf(OccasionOwner owner, long ownerId);

    /** The occasions of these owners (a month's meetings, say), by their owner's id. */
    Map<Long, Occasion> occasionsOf(OccasionOwner owner, Collection<Long> ownerIds);

    /** A unit's own occasions (not meetings'), the latest first. */
    List<Occasion> occasionsOf(long unitId, int limit);

    void store(OccasionSubject subject);

    /** The paper's subjects in their order. */
    List<OccasionSubject> subjects(Occasion occasion);

    /** The papers of many occasions in one go: occasion id → its subjects' keys in their order. */
    Map<Long, List<String>> subjectKeys(Collection<Occasion> occasions);

    /**
     * Stores a voter's receipt; false when the voter already has one. Concurrent duplicates wait on the
     * key and are refused in turn.
     */
    boolean storeReceipt(Occasion occasion, String voterHash);

    boolean hasReceipt(Occasion occasion, String voterHash);

    int countReceipts(Occasion occasion);

    /** Receipts per occasion, counted together; an occasion without any is left out. */
    Map<Long, Integer> countReceipts(Collection<Occasion> occasions);

    /** Stores a sealed ballot under a random key, with nothing else but its occasion. */
    void storeSealed(Occasion occasion, String randomKey, byte[] sealed);

    List<byte[]> sealedBallots(Occasion occasion);

    void deleteSealedBallots(Occasion occasion);

    /** Stores the hashes of newly issued participation codes, unused. */
    void storeCodes(Occasion occasion, List<String> codeHashes);

    /** The occasion a code hash belongs to, if any (the code may be spent). */
    Optional<Long> occasionOfCode(String codeHash);

    /**
     * Marks a code spent if it is this occasion's and unused: true exactly once per code, also when
     * several requests spend it at once.
     */
    boolean spendCode(Occasion occasion, String codeHash);

    /** Whether this occasion's code is spent (false also for a code it never issued). */
    boolean isSpent(Occasion occasion, String codeHash);

    int countSpentCodes(Occasion occasion);

    /** Spent codes per occasion, counted together; an occasion without any is left out. */
    Map<Long, Integer> countSpentCodes(Collection<Occasion> occasions);

    /** The stored counts: subject → option → ballots; empty before the first count or entry. */
    Map<String, Map<String, Integer>> counts(Occasion occasion);

    /** The stored counts of many occasions in one go: occasion id → subject → option → ballots. */
    Map<Long, Map<String, Map<String, Integer>>> counts(Collection<Occasion> occasions);

    /** Replaces the stored counts with these, in one batch. */
    void replaceCounts(Occasion occasion, Map<String, Map<String, Integer>> counts);

    void flush();
}
