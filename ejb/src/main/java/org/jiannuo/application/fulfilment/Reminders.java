package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Reminder;
import org.jiannuo.domain.model.fulfilment.ReminderKind;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The reminders in the application: a member's own, and for a secretary or branch staff also
 * those of their organization's own commitments.
 */
@Stateless
@TenantScoped
public class Reminders {

    private static final int SHOWN = 50;

    @Inject
    Authorization authorization;

    @Inject
    FulfilmentRepository fulfilment;

    /** The caller's reminders, their words in the caller's language. */
    public List<ReminderView> mine(Locale language) {
        AccessScope scope = authorization.currentScope();
        ReminderText words = ReminderText.in(language);
        return fulfilment.remindersOf(scope.ownPersonId(), ownUnits(scope), SHOWN).stream()
                .map(reminder -> ReminderView.of(reminder, words)).toList();
    }

    public long unread() {
        AccessScope scope = authorization.currentScope();
        return fulfilment.unreadCount(scope.ownPersonId(), ownUnits(scope));
    }

    public void markRead(long reminderId) {
        AccessScope scope = authorization.currentScope();
        Reminder reminder = fulfilment.findReminder(reminderId)
                .filter(found -> isFor(found, scope))
                .orElseThrow(() -> new RuleViolation("reminder.notFound", reminderId));
        reminder.markRead(LocalDateTime.now());
    }

    private static boolean isFor(Reminder reminder, AccessScope scope) {
        return reminder.getPerson() != null
                ? reminder.getPerson().getId().equals(scope.ownPersonId())
                : ownUnits(scope).contains(reminder.getUnit().getId());
    }

    private static List<Long> ownUnits(AccessScope scope) {
        return scope.account().grants().stream()
                .filter(grant -> grant.unitId() != null && EnumSet.of(Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY,
                        Role.BRANCH_STAFF).contains(grant.role()))
                .map(Grant::unitId).toList();
    }

    /** One reminder as the list shows it, its words already composed. */
    public record ReminderView(long id, long commitmentId, ReminderKind kind, String text, LocalDate dueDate,
            LocalDateTime createdAt, boolean read) implements Serializable {

        static ReminderView of(Reminder reminder, ReminderText words) {
            return new ReminderView(reminder.getId(), reminder.getCommitment().getId(), reminder.getKind(),
                    words.line(reminder.getKind(), reminder.getCommitment()),
                    reminder.getCommitment().getDueDate(), reminder.getCreatedAt(), reminder.getReadAt() != null);
        }
    }
}
