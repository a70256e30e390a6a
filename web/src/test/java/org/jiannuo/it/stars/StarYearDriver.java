package org.jiannuo.it.stars;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.stars.StarAppraisalView;
import org.jiannuo.application.stars.StarAppraisals;
import org.jiannuo.application.stars.StarRatingLine;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.YearEndDriver.Casting;

/**
 * A village's year-end star appraisal driven through the services, for the star ITs: the branch's party members
 * placed in village categories (the standard member farming, a 10-star cap; the others alternately village cadres
 * and members working away, 10 and 6), and the peer and mass ballots run with every member voting and a code per
 * member, each batch of ballots handed to a {@link Casting} that may watch what it writes.
 */
final class StarYearDriver {

    private final StarAppraisals appraisals;
    private final Occasions occasions;
    private final CodeBallots codeBallots;

    StarYearDriver(StarAppraisals appraisals, Occasions occasions, CodeBallots codeBallots) {
        this.appraisals = appraisals;
        this.occasions = occasions;
        this.codeBallots = codeBallots;
    }

    /** Places the branch's party members in village categories; the standard member farms in the village. */
    static void placeBranch(AsUser admin, PeopleDirectory people, long branchId, long memberId) {
        List<PersonRow> rows = admin.call(() -> people.rows(new PersonSearch(null, branchId, PartyStatus.FULL_MEMBER,
                null, true, 0, 500)));
        int index = 0;
        for (PersonRow row : rows) {
            VillageCategory category = row.id() == memberId ? VillageCategory.FARMING_IN_VILLAGE
                    : index++ % 2 == 0 ? VillageCategory.VILLAGE_CADRE : VillageCategory.WORKING_AWAY;
            VillageCategories.place(admin, people, row.id(), category);
        }
    }

    static StarRatingLine line(StarAppraisalView view, long personId) {
        return view.lines().stream().filter(line -> line.personId() == personId).findFirst().orElseThrow();
    }

    /** Every member's key on the papers, with one option for all. */
    static Map<String, String> paper(StarAppraisalView view, String option) {
        return view.lines().stream().collect(Collectors.toMap(line -> "P" + line.personId(), line -> option));
    }

    /**
     * From the peer appraisal (its ballot open) to the committee's rating: every member votes 好 on all; a code per
     * member is issued, the peer ballot closed and the masses' opened, every form 满意 on all; that is closed too.
     */
    StarAppraisalView toRating(String tenant, AsUser secretary, AsUser anyMember, StarAppraisalView peer,
            Casting casting) {
        long unitId = peer.unitId();
        int year = peer.year();
        casting.run(() -> {
            for (StarRatingLine voter : peer.lines()) {
                AsUser.member(anyMember.account(), voter.personId(), unitId).call(() -> {
                    occasions.cast(peer.peerOccasionId(), paper(peer, "GOOD"));
                    return null;
                });
            }
        }, List.of());
        IssuedCodes codes = secretary.call(() -> occasions.issueCodes(peer.massOccasionId(), peer.lines().size()));
        StarAppraisalView mass = secretary.call(() -> appraisals.advance(unitId, year, peer.version()));
        casting.run(() -> codes.codes().forEach(code -> codeBallots.cast(tenant, mass.massOccasionId(), code,
                paper(peer, "SATISFIED"))), codes.codes());
        return secretary.call(() -> appraisals.advance(unitId, year, mass.version()));
    }

    /** So many stars, two per aspect in the aspects' order (the default most per aspect). */
    static Map<StarAspect, Integer> stars(int count) {
        Map<StarAspect, Integer> stars = new EnumMap<>(StarAspect.class);
        int left = count;
        for (StarAspect aspect : StarAspect.values()) {
            stars.put(aspect, Math.min(2, left));
            left -= Math.min(2, left);
        }
        return stars;
    }

    /** Rates every member the given stars by their cap, per aspect as the function gives them. */
    StarAppraisalView rateAll(AsUser secretary, StarAppraisalView view,
            Function<StarRatingLine, Map<StarAspect, Integer>> stars) {
        StarAppraisalView rated = view;
        for (StarRatingLine line : view.lines()) {
            rated = secretary.call(() -> appraisals.rate(view.unitId(), view.year(), line.personId(), stars.apply(line),
                    ""));
        }
        return rated;
    }
}
