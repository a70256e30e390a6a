package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.Household;
import org.jiannuo.domain.model.stars.LogEntry;
import org.jiannuo.domain.model.stars.LogPhoto;
import org.jiannuo.domain.model.stars.PostClaim;
import org.jiannuo.domain.model.stars.StarRepository;

/**
 * The star log book (纪实手册, seed 003): the member writes dated pages of study, household service and post duty
 * with photos from the phone (checked as fulfilment evidence is); a keeper of the village may write for a member who
 * cannot; whoever reads the member reads it.
 */
@Stateless
@TenantScoped
public class StarLogBook {

    static final String ENTITY = "LogEntry";

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    StarRepository stars;

    @Inject
    VillageMembers members;

    @Inject
    EvidenceLimits limits;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public LogEntryView write(long personId, LogPage page, List<Upload> photos) {
        Person person = members.find(personId);
        AccessScope scope = authorization.currentScope();
        access.requireWriterFor(person, scope);
        if (person.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        if (page.kind() == null) {
            throw new RuleViolation("stars.logKind");
        }
        limits.checkCount(photos);
        LocalDateTime now = LocalDateTime.now(clock);
        String by = scope.account().username();
        LogEntry entry = switch (page.kind()) {
            case STUDY -> LogEntry.study(person, page.date(), page.text(), by, now);
            case HOUSEHOLD_SERVICE -> LogEntry.householdService(stars.liaison(person, household(page))
                    .orElseThrow(() -> new RuleViolation("stars.householdNotKept", household(page).getHead())),
                    page.date(), page.text(), by, now);
            case POST_DUTY -> LogEntry.postDuty(claim(person, page), page.date(), page.text(), by, now);
        };
        stars.store(entry);
        List<LogPhoto> kept = new ArrayList<>();
        for (Upload upload : photos) {
            LogPhoto photo = new LogPhoto(entry, upload, limits.maxBytes());
            stars.store(photo);
            kept.add(photo);
        }
        stars.flush();
        Map<String, Object> state = entry.auditState();
        state.put("photos", kept.stream().map(LogPhoto::getFileName).toList());
        auditTrail.record(AuditAction.CREATE, ENTITY, entry.getId(), AuditSummary.of(AuditEvent.STAR_LOG_WRITTEN,
                person.getName(), AuditSummary.Word.of(entry.getKind()), entry.getDate()), null, state);
        return LogEntryView.of(entry, kept.stream().map(p -> new LogEntryView.Photo(p.getId(), p.getFileName())).toList());
    }

    /** The member's pages of the year, the latest first. */
    public List<LogEntryView> of(long personId, int year) {
        Person person = members.find(personId);
        access.requireReaderOf(person, authorization.currentScope());
        return of(person, year);
    }

    public List<LogEntryView> own(int year) {
        return of(members.own(authorization.currentScope()), year);
    }

    public PhotoDownload photo(long photoId) {
        LogPhoto photo = stars.photo(photoId).orElseThrow(() -> new StarBookNotFoundException("LogPhoto", photoId));
        AccessScope scope = authorization.currentScope();
        if (!scope.canRead(photo.getEntry().getPerson())) {
            throw new StarBookNotFoundException("LogPhoto", photoId);
        }
        return new PhotoDownload(photo.getFileName(), photo.getMediaType(), photo.getContent());
    }

    private List<LogEntryView> of(Person person, int year) {
        List<LogEntry> entries = stars.logOf(person, year);
        Map<Long, List<LogEntryView.Photo>> photos = stars.photosOf(entries).stream().collect(Collectors.groupingBy(
                p -> p.getEntry().getId(), Collectors.mapping(p -> new LogEntryView.Photo(p.getId(), p.getFileName()),
                        Collectors.toList())));
        return entries.stream().map(e -> LogEntryView.of(e, photos.getOrDefault(e.getId(), List.of()))).toList();
    }

    private Household household(LogPage page) {
        if (page.householdId() == null) {
            throw new RuleViolation("stars.householdRequired");
        }
        return stars.household(page.householdId())
                .orElseThrow(() -> new StarBookNotFoundException("Household", page.householdId()));
    }

    private PostClaim claim(Person person, LogPage page) {
        if (page.claimId() == null) {
            throw new RuleViolation("stars.claimRequired");
        }
        return stars.claim(page.claimId()).filter(c -> c.getPerson().getId().equals(person.getId()))
                .orElseThrow(() -> new StarBookNotFoundException("PostClaim", page.claimId()));
    }
}
