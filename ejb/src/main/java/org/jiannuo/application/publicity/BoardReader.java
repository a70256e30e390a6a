package org.jiannuo.application.publicity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.application.publicity.BoardViews.Bulletin;
import org.jiannuo.application.publicity.BoardViews.CommitmentBoard;
import org.jiannuo.application.publicity.BoardViews.GradeBoard;
import org.jiannuo.application.publicity.BoardViews.PersonBoard;
import org.jiannuo.application.publicity.BoardViews.ResultBoard;
import org.jiannuo.application.publicity.BoardViews.StarBoard;
import org.jiannuo.application.publicity.BoardViews.TenantBoard;
import org.jiannuo.application.publicity.BoardViews.UnitBoard;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.GradeStanding;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.publicity.PublicKey;

/**
 * The board's pages in the tenant {@link PublicBoard} bound, read-only. A key that is malformed, unknown,
 * another tenant's or not published ends the same way: {@link BoardNotFoundException}.
 */
@Stateless
@TenantScoped
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class BoardReader {

    static final int PAGE_SIZE = 20;
    static final int MOST_UNITS = 500;
    static final int MOST_GRADES = 200;
    static final int LATEST_OWN_GRADES = 6;

    @Inject
    BoardQuery query;

    private final Clock clock = Clock.systemDefaultZone();

    public TenantBoard tenant(String tenantKey, String tenantName) {
        return new TenantBoard(tenantKey, tenantName, query.topUnits());
    }

    public UnitBoard unit(String tenantKey, String tenantName, String unitKey, Integer year, YearMonth month, int page) {
        Object[] unit = query.unit(key(unitKey)).orElseThrow(BoardNotFoundException::new);
        long unitId = (Long) unit[0];
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null ? today.getYear() : year;
        int shownPage = Math.max(0, page);
        List<YearMonth> periods = query.gradePeriods(unitId);
        YearMonth period = month != null && periods.contains(month) ? month : periods.stream().findFirst().orElse(null);
        UnitLink parent = unit[4] == null ? null : new UnitLink((String) unit[4], (String) unit[5], (OrgUnitType) unit[6]);
        Bulletin figures = query.bulletin(unitId, shownYear);
        return new UnitBoard(tenantKey, tenantName, (String) unit[1], (String) unit[2], (OrgUnitType) unit[3], parent,
                query.children(unitId), shownYear,
                query.unitCommitments(unitId, shownYear, shownPage * PAGE_SIZE, PAGE_SIZE),
                figures.published(), shownPage, PAGE_SIZE, period, periods,
                period == null ? List.of() : query.gradesGiven(unitId, period, today),
                query.gradesOf("subjectUnit", unitId, today).stream().limit(LATEST_OWN_GRADES).toList(), figures,
                query.resultsGiven(unitId, today), query.starsGiven(unitId, today));
    }

    public PersonBoard person(String tenantKey, String tenantName, String personKey, Integer year) {
        Object[] person = query.person(key(personKey)).orElseThrow(BoardNotFoundException::new);
        long personId = (Long) person[0];
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null ? today.getYear() : year;
        return new PersonBoard(tenantKey, tenantName, (String) person[1], (String) person[2],
                new UnitLink((String) person[3], (String) person[4], (OrgUnitType) person[5]), shownYear,
                query.personCommitments(personId, shownYear), query.gradesOf("subjectPerson", personId, today),
                query.signedStarTarget(personId, shownYear).orElse(null), query.resultsOf(personId, today),
                query.starsOf(personId, today));
    }

    public CommitmentBoard commitment(String tenantKey, String tenantName, String commitmentKey) {
        Object[] item = query.commitment(key(commitmentKey)).orElseThrow(BoardNotFoundException::new);
        return new CommitmentBoard(tenantKey, tenantName, query.commitmentLine((Long) item[0]), (String) item[1],
                query.unitLink(((Number) item[4]).longValue()), (LocalDate) item[2], (LocalDate) item[3]);
    }

    public GradeBoard grade(String tenantKey, String tenantName, String gradeKey) {
        LocalDate today = LocalDate.now(clock);
        BoardGradeLine line = query.grade(key(gradeKey), today).orElseThrow(BoardNotFoundException::new);
        return new GradeBoard(tenantKey, tenantName, line, link(query.gradingUnit(line.key())),
                objectionsOpen(line.standing(), line.publicityEnds(), today));
    }

    public ResultBoard result(String tenantKey, String tenantName, String resultKey) {
        LocalDate today = LocalDate.now(clock);
        BoardResultLine line = query.result(key(resultKey), today).orElseThrow(BoardNotFoundException::new);
        return new ResultBoard(tenantKey, tenantName, line, link(query.resultUnit(line.key())),
                objectionsOpen(line.standing(), line.publicityEnds(), today));
    }

    public StarBoard star(String tenantKey, String tenantName, String starKey) {
        LocalDate today = LocalDate.now(clock);
        BoardStarLine line = query.star(key(starKey), today).orElseThrow(BoardNotFoundException::new);
        return new StarBoard(tenantKey, tenantName, line, link(query.starUnit(line.key())),
                objectionsOpen(line.standing(), line.publicityEnds(), today));
    }

    /** A unit found by key: its key, name and type. */
    private static UnitLink link(Object[] unit) {
        return new UnitLink((String) unit[0], (String) unit[1], (OrgUnitType) unit[2]);
    }

    /** The form is offered while the period lasts and the target is not final. */
    private static boolean objectionsOpen(GradeStanding standing, LocalDate publicityEnds, LocalDate today) {
        return standing != GradeStanding.FINAL && !today.isAfter(publicityEnds);
    }

    /** The unit's designated model posts, asked on their own beside the unit's page. */
    public List<BoardModelPost> modelPosts(String unitKey) {
        Object[] unit = query.unit(key(unitKey)).orElseThrow(BoardNotFoundException::new);
        return query.modelPosts((Long) unit[0]);
    }

    /** Only something of a key's form is looked up; anything else is as unknown as a wrong key. */
    private static String key(String text) {
        return PublicKey.parse(text).orElseThrow(BoardNotFoundException::new).value();
    }
}
