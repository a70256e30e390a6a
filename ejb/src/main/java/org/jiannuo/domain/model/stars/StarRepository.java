package org.jiannuo.domain.model.stars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.summary.Period;

/** The village star book of a tenant. */
public interface StarRepository {

    /** The tenant's rules, or the defaults (not yet stored). */
    StarRules rules();

    void store(Object entity);

    Optional<StarTarget> target(Person person, int year);

    /** The targets of the unit's members for the year. */
    List<StarTarget> targetsIn(OrgUnit unit, int year);

    /** The village members (a village category) on the unit's roster now, by name. */
    List<Person> villageMembersOf(OrgUnit unit);

    Optional<Household> household(long id);

    /** The unit's households, by head. */
    List<Household> householdsOf(OrgUnit unit);

    /** The unit's households nobody keeps in touch with now. */
    List<Household> householdsWithoutLiaison(OrgUnit unit);

    /** The current liaisons of the unit's households. */
    List<HouseholdLiaison> liaisonsIn(OrgUnit unit);

    /** The member's current liaisons. */
    List<HouseholdLiaison> liaisonsOf(Person person);

    Optional<HouseholdLiaison> liaison(Person person, Household household);

    Optional<DutyPost> dutyPost(long id);

    /** The posts defined by the units above the village (its townships) and by the department. */
    List<DutyPost> dutyPostsFor(OrgUnit village);

    Optional<PostClaim> claim(long id);

    List<PostClaim> claimsOf(Person person, int year);

    /** The claims of the unit's members for the year. */
    List<PostClaim> claimsIn(OrgUnit unit, int year);

    /** The member's log book of a year, the latest first. */
    List<LogEntry> logOf(Person person, int year);

    List<LogPhoto> photosOf(List<LogEntry> entries);

    Optional<LogPhoto> photo(long id);

    /** The units with village members on their roster now, in tree order. */
    List<OrgUnit> villages();

    /** The pages each member wrote in the unit's log books between the days, by person id and kind. */
    Map<Long, Map<LogEntryKind, Integer>> pagesIn(OrgUnit unit, LocalDate from, LocalDate to);

    Optional<StarBulletin> starBulletin(OrgUnit unit, Period quarter);

    Optional<StarBulletin> findStarBulletin(long id);

    /** The unit's bulletins of the year, by quarter. */
    List<StarBulletin> starBulletinsOf(OrgUnit unit, int year);

    Optional<StarDebriefing> debriefing(Person person, Period half);

    /** The debriefings written in the unit for the half. */
    List<StarDebriefing> debriefingsIn(OrgUnit unit, Period half);

    Optional<PreAssessment> preAssessment(OrgUnit unit, Period half);

    Optional<PreAssessment> findPreAssessment(long id);

    /** The pre-assessments of the half in the unit's subtree, in tree order. */
    List<PreAssessment> preAssessmentsUnder(OrgUnit unit, Period half);

    Optional<StarAppraisal> starAppraisal(OrgUnit unit, int year);

    Optional<StarAppraisal> findStarAppraisal(long id);

    /** The year's appraisals in the unit's subtree, in tree order. */
    List<StarAppraisal> starAppraisalsUnder(OrgUnit unit, int year);

    /** The member's year-end rating, whatever step its appraisal is at. */
    Optional<StarRating> starRating(Person person, int year);

    /** A unit's published year-end ratings of the year, the most stars first. */
    List<StarRating> publishedRatings(long unitId, int year);

    /** The published year-end ratings of the year in the unit's subtree (a township's villages), in tree order. */
    List<StarRating> publishedRatingsUnder(long unitId, int year);

    void flush();
}
