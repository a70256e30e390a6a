package org.jiannuo.application.fulfilment;

import java.util.List;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.fulfilment.Reminder;
import org.jiannuo.domain.model.fulfilment.ReminderKind;

/** The words of a reminder, in the tenants' language, for the mail and the in-app list alike. */
public final class ReminderText {

    private ReminderText() {
    }

    public static String subject(int count) {
        return "【践诺提醒】您有 " + count + " 条承诺事项需要处理";
    }

    public static String digest(String name, List<Reminder> reminders, String publicUrl) {
        StringBuilder text = new StringBuilder(name).append(" 同志：\n\n您有以下承诺事项需要处理：\n\n");
        int number = 1;
        for (Reminder reminder : reminders) {
            text.append(number++).append(". ").append(line(reminder.getKind(), reminder.getCommitment())).append('\n');
        }
        return text.append("\n请登录 ").append(publicUrl).append(" 查看和填报。\n（本邮件由系统自动发送，请勿回复。）\n")
                .toString();
    }

    public static String line(ReminderKind kind, Commitment commitment) {
        String what = "“" + commitment.getContent() + "”";
        return switch (kind) {
            case RECORD_MISSING -> "【本月记实未填】" + what + "，请填写本月践诺记实。";
            case DEADLINE_APPROACHING -> "【即将到期】" + what + "将于 " + commitment.getDueDate() + " 到期。";
            case OVERDUE -> "【已逾期】" + what + "已过完成时限 " + commitment.getDueDate() + "，请尽快完成或说明情况。";
            case RECTIFICATION_OVERDUE -> "【整改逾期】" + what + "的整改已过期限，请尽快整改并报告。";
        };
    }
}
