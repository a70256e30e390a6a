package org.jiannuo.application.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.fulfilment.ReminderKind;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.junit.jupiter.api.Test;

class ReminderTextTest {

    private final Commitment item = Commitment.ofPerson(new Person(OrgUnit.root(OrgUnitType.BRANCH, "东岭村党支部"), "王秀英",
            IdCardNumber.withCheckCharacter("41052319800101002"), PartyStatus.FULL_MEMBER), 2026,
            new CommitmentDraft(CommitmentKind.ANNUAL, null, "服务", "每月帮助群众解决一件难事", "每月上门走访一次",
                    LocalDate.of(2026, 2, 28)), false, "wang");

    @Test
    void chineseUnlessTheReaderChoseEnglish() {
        assertEquals("【已逾期】“每月帮助群众解决一件难事”已过完成时限 2026-02-28，请尽快完成或说明情况。",
                ReminderText.in((String) null).line(ReminderKind.OVERDUE, item));
        assertEquals("[Overdue] \"每月帮助群众解决一件难事\" was due on 2026-02-28: please complete it or explain why not.",
                ReminderText.in("en").line(ReminderKind.OVERDUE, item));
        assertEquals(ReminderText.in("zh").line(ReminderKind.OVERDUE, item),
                ReminderText.in(Locale.GERMAN).line(ReminderKind.OVERDUE, item), "a language we do not speak: Chinese");
    }

    @Test
    void everyKindHasItsWordsInBothLanguages() {
        for (ReminderKind kind : ReminderKind.values()) {
            assertTrue(ReminderText.in("zh").line(kind, item).contains("每月帮助群众解决一件难事"), kind.name());
            assertTrue(ReminderText.in("en").line(kind, item).startsWith("["), kind.name());
        }
    }

    @Test
    void theMailDigestSpeaksTheReadersLanguage() {
        String english = ReminderText.in("en").subject(3);
        assertEquals("[Jiannuo] 3 commitment item(s) need your attention", english);
        assertEquals("【践诺提醒】您有 3 条承诺事项需要处理", ReminderText.in("zh").subject(3));
        String digest = ReminderText.in("en").digest("Wang Xiuying", java.util.List.of(), "https://jn.example.cn/");
        assertTrue(digest.startsWith("Dear Wang Xiuying,"), digest);
        assertTrue(digest.contains("Sign in at https://jn.example.cn/"), digest);
    }
}
