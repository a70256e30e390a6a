package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.lifeMeeting;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.member;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.publishedMeeting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemarkTest {

    private static final String PROGRESS = "带头完成承诺事项";
    private static final String SHORTCOMINGS = "理论学习不够深入";
    private static final String DIRECTION = "加强学习，联系群众";

    private static Remark remarkOnMember(Meeting meeting) {
        return new Remark(meeting, RemarkKind.ON_MEMBER, Subject.of(member()));
    }

    @Test
    void aRemarkIsWrittenInThreeStrippedParts() {
        Remark remark = remarkOnMember(lifeMeeting());

        remark.write("  " + PROGRESS + " ", SHORTCOMINGS, " " + DIRECTION, "shuji", NOW);

        assertEquals("P7", remark.getSubjectKey());
        assertEquals(PROGRESS, remark.getProgress());
        assertEquals(SHORTCOMINGS, remark.getShortcomings());
        assertEquals(DIRECTION, remark.getDirection());
        assertEquals("shuji", remark.getRemarkedBy());
        assertEquals("带头完成承诺事项；理论学习不够深入；加强学习，联系群众", remark.summary());
    }

    @Test
    void rewritingReplacesEveryPart() {
        Remark remark = remarkOnMember(lifeMeeting());
        remark.write(PROGRESS, SHORTCOMINGS, DIRECTION, "shuji", NOW);

        remark.write("进步", "不足", "方向", "fushuji", NOW);

        assertEquals("进步；不足；方向", remark.summary());
        assertEquals("fushuji", remark.getRemarkedBy());
    }

    @ParameterizedTest(name = "progress \"{0}\", shortcomings \"{1}\", direction \"{2}\" are refused")
    @CsvSource(nullValues = "none", value = {
            "none, 不足, 方向", "'  ', 不足, 方向",
            "进步, none, 方向", "进步, '', 方向",
            "进步, 不足, none", "进步, 不足, '   '"})
    void everyPartIsRequired(String progress, String shortcomings, String direction) {
        Remark remark = remarkOnMember(lifeMeeting());

        assertRefused("remark.partRequired", () -> remark.write(progress, shortcomings, direction, "shuji", NOW));

        assertNull(remark.getRemarkedBy());
    }

    @ParameterizedTest(name = "a part of 1001 characters at position {0} is refused")
    @CsvSource({"0", "1", "2"})
    void everyPartHasAtMostAThousandCharacters(int position) {
        Remark remark = remarkOnMember(lifeMeeting());
        String[] parts = {"进".repeat(1000), "不".repeat(1000), "方".repeat(1000)};
        remark.write(parts[0], parts[1], parts[2], "shuji", NOW);
        parts[position] = parts[position] + "字";

        RuleViolation violation = assertRefused("remark.tooLong",
                () -> remark.write(parts[0], parts[1], parts[2], "fushuji", NOW));

        assertArrayEquals(new Object[] {1000}, violation.arguments());
        assertEquals("shuji", remark.getRemarkedBy());
    }

    @Test
    void aPublishedMeetingsRemarksStayAsTheyAre() {
        Remark remark = remarkOnMember(publishedMeeting());

        assertRefused("meeting.published", () -> remark.write(PROGRESS, SHORTCOMINGS, DIRECTION, "shuji", NOW));
    }
}
