package org.jiannuo.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.domain.model.account.UsernameScheme;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.delivery.ReportKind;
import org.jiannuo.domain.model.delivery.Subscription;
import org.jiannuo.domain.model.opinion.OpinionChannel;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.yearend.OrganizationalHandling;
import org.junit.jupiter.api.Test;

class AuditTextTest {

    private static final AuditText CHINESE = AuditText.in(Locale.SIMPLIFIED_CHINESE);
    private static final AuditText ENGLISH = AuditText.in(Locale.ENGLISH);

    @Test
    void theSameSummaryInTheReadersLanguage() {
        AuditSummary transfer = AuditSummary.of(AuditEvent.PERSON_TRANSFERRED, "王秀英", "东岭村党支部", "西河村党支部");
        assertEquals("人员调转：王秀英，东岭村党支部 → 西河村党支部", CHINESE.say(transfer));
        assertEquals("Person transferred: 王秀英, 东岭村党支部 → 西河村党支部", ENGLISH.say(transfer));
        assertEquals(CHINESE.say(transfer), AuditText.in(Locale.GERMAN).say(transfer),
                "a language we do not speak: Chinese");
    }

    @Test
    void enumArgumentsAreWordsOfTheReadersLanguage() {
        AuditSummary ended = AuditSummary.of(AuditEvent.POST_ENDED, "王秀英", new AuditSummary.Word("tenant"),
                Appointment.DEPARTMENT_ADMIN);
        assertEquals("免职：王秀英，全县 组织部管理员", CHINESE.say(ended));
        assertEquals("Post ended: 王秀英, whole county department admin", ENGLISH.say(ended));
        assertEquals("Commitment reviewed (returned): 读书", ENGLISH.say(
                AuditSummary.of(AuditEvent.COMMITMENT_REVIEWED, ReviewOutcome.RETURN, "读书")));
    }

    @Test
    void numbersAreWrittenAsTheyWereNotRegrouped() {
        AuditSummary imported = AuditSummary.of(AuditEvent.ROSTER_IMPORTED, ImportKind.PEOPLE, "people.csv",
                1234, 0, 5);
        assertEquals("导入人员文件 people.csv：新建 1234，修改 0，未变 5", CHINESE.say(imported));
        assertEquals("Imported people file people.csv: 1234 new, 0 changed, 5 unchanged", ENGLISH.say(imported));
        assertEquals("设置 2026 年承诺规则", CHINESE.say(AuditSummary.of(AuditEvent.YEAR_RULES_SET, 2026)));
    }

    @Test
    void argumentsSurviveTheirStoredForm() {
        AuditSummary summary = AuditSummary.of(AuditEvent.PERSON_DEPARTED, "王\"秀英", "{0} 党支部", Departure.DECEASED);
        AuditSummary stored = AuditSummary.parse(AuditEvent.PERSON_DEPARTED, summary.argumentsJson());
        assertEquals(summary, stored);
        assertEquals("人员离开：王\"秀英，{0} 党支部（去世）", CHINESE.say(stored), "arguments are never patterns");
    }

    @Test
    void aLongArgumentIsCutToALine() {
        String content = "很".repeat(500);
        String said = CHINESE.say(AuditSummary.of(AuditEvent.COMMITMENT_CREATED, content));
        assertTrue(said.endsWith("…"), said);
        assertTrue(said.length() < AuditSummary.ARGUMENT_LENGTH + 10, said);
    }

    @Test
    void bothBundlesWordEveryEventAndEveryWordTheServicesPass() throws IOException {
        Properties chinese = bundle("summaries.properties");
        Properties english = bundle("summaries_en.properties");
        assertEquals(chinese.stringPropertyNames(), english.stringPropertyNames(), "the same keys in both languages");
        Set<String> expected = Stream.concat(Stream.of(AuditEvent.values()).map(Enum::name),
                Stream.of(List.of(Appointment.values()), List.of(Departure.values()), List.of(ImportKind.values()),
                        List.of(ReviewOutcome.values()), List.of(UsernameScheme.values()),
                        List.of(OpinionChannel.values()), List.of(BulletinKind.values()),
                        List.of(ReportKind.values()), List.copyOf(Subscription.AUDIENCES), List.of(LogEntryKind.values()),
                        List.of(OrganizationalHandling.values()), List.of(StarAppraisalState.values()))
                        .flatMap(List::stream).map(word -> AuditText.WORD_PREFIX + AuditSummary.Word.of(word).key()))
                .collect(Collectors.toSet());
        expected.add(AuditText.WORD_PREFIX + "tenant");
        assertEquals(expected, chinese.stringPropertyNames(), "every event and word, and nothing else");
        for (Properties words : List.of(chinese, english)) {
            for (String key : words.stringPropertyNames()) {
                assertFalse(words.getProperty(key).isBlank(), key);
                new MessageFormat(words.getProperty(key));
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditText.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
