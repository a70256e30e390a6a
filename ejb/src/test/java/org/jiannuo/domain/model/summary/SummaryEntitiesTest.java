package org.jiannuo.domain.model.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The states of a self-report and of a bulletin, one test per transition. */
class SummaryEntitiesTest {

    private static final Period H1 = Period.parse("2026-H1");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 20, 9, 0);
    private static final LedgerFigures FIGURES = new LedgerFigures(10, 4, 3, 2, 1, 2, 20, 3, 1);

    private final OrgUnit branch = OrgUnit.root(OrgUnitType.BRANCH, "第一支部");
    private final Person member = new Person(branch, "张三", IdCardNumber.withCheckCharacter("41052319800101001"),
            PartyStatus.FULL_MEMBER);

    @Test
    void aSelfReportIsWrittenFromTheHalfsFirstDay() {
        refused("selfReport.halfNotBegun", () -> new SelfReport(member, Period.parse("2026-H2"), LocalDate.of(2026, 6, 30)));
        refused("selfReport.halfOnly", () -> new SelfReport(member, Period.parse("2026-Q1"), LocalDate.of(2026, 6, 30)));

        SelfReport report = new SelfReport(member, Period.parse("2026-H2"), LocalDate.of(2026, 7, 1));

        assertEquals("2026-H2", report.getPeriod().toString());
        assertEquals(branch, report.getUnit());
    }

    @Test
    void aSavedSelfReportStaysOpenASubmittedOneIsFinal() {
        SelfReport report = new SelfReport(member, H1, NOW.toLocalDate());

        report.write(" 完成了三项承诺中的两项 ", "", "", false, NOW);
        assertFalse(report.isSubmitted());
        assertEquals("完成了三项承诺中的两项", report.getDone());
        refused("selfReport.partsRequired", () -> report.write("完成了两项", "一项未完成", " ", true, NOW));

        report.write("完成了两项", "帮扶项目因资金未到位推迟", "七月底前完成帮扶", true, NOW);
        assertTrue(report.isSubmitted());
        refused("selfReport.submitted", () -> report.write("改一改", "", "下一步", false, NOW));
        assertEquals("完成了两项", report.getDone());
    }

    @Test
    void aSelfReportPartHasAtMostTwoThousandCharacters() {
        SelfReport report = new SelfReport(member, H1, NOW.toLocalDate());

        report.write("字".repeat(2000), "", "", false, NOW);
        refused("selfReport.tooLong", () -> report.write("字".repeat(2001), "", "", false, NOW));
    }

    @Test
    void aBulletinsPeriodIsOfItsKind() {
        refused("bulletin.periodKind", () -> new Bulletin(branch, BulletinKind.HALF_YEAR_BULLETIN, Period.parse("2026-Q1")));
        refused("bulletin.periodKind", () -> new Bulletin(branch, BulletinKind.QUARTERLY_REPORT, H1));
    }

    @Test
    void aDraftIsDraftedAgainAndEditedUntilPublishedThenFinal() {
        Bulletin bulletin = new Bulletin(branch, BulletinKind.HALF_YEAR_BULLETIN, H1);
        bulletin.draft(FIGURES, new BulletinText("上半年共承诺 10 项", "张三", "李四"), "zhibu", NOW);
        bulletin.draft(FIGURES, new BulletinText("上半年共承诺 10 项，已销号 4 项", "张三", "李四"), "zhibu", NOW);
        bulletin.edit(new BulletinText("上半年共承诺 10 项，已销号 4 项。", "张三：六个月五次先锋", ""));

        assertEquals(FIGURES, bulletin.figures());
        assertEquals("", bulletin.text().urged());
        assertFalse(bulletin.isPublished());

        bulletin.publish("zhibu", NOW);

        assertTrue(bulletin.isPublished());
        refused("bulletin.published", () -> bulletin.edit(new BulletinText("改", "", "")));
        refused("bulletin.published", () -> bulletin.draft(FIGURES, new BulletinText("重拟", "", ""), "zhibu", NOW));
        refused("bulletin.published", () -> bulletin.publish("zhibu", NOW));
        assertEquals("张三：六个月五次先锋", bulletin.text().praised());
    }

    @Test
    void aBulletinWithoutBodyIsNotPublished() {
        Bulletin bulletin = new Bulletin(branch, BulletinKind.QUARTERLY_REPORT, Period.parse("2026-Q2"));
        bulletin.draft(FIGURES, new BulletinText("  ", "", ""), "zhibu", NOW);

        refused("bulletin.bodyRequired", () -> bulletin.publish("zhibu", NOW));
        refused("bulletin.tooLong", () -> bulletin.edit(new BulletinText("字".repeat(8001), "", "")));
        assertFalse(bulletin.isPublished());
    }

    private static void refused(String code, Executable action) {
        assertEquals(code, assertThrows(RuleViolation.class, action).code());
    }
}
