package org.jiannuo.interfaces.web.stars;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.application.stars.ClaimView;
import org.jiannuo.application.stars.DutyPosts;
import org.jiannuo.application.stars.HouseholdView;
import org.jiannuo.application.stars.Households;
import org.jiannuo.application.stars.LogEntryView;
import org.jiannuo.application.stars.LogPage;
import org.jiannuo.application.stars.PostOption;
import org.jiannuo.application.stars.StarLogBook;
import org.jiannuo.application.stars.StarRulesBook;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.TargetView;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.interfaces.web.fulfilment.PendingFiles;
import org.primefaces.event.FileUploadEvent;

/**
 * 我的创星, the village member's phone-first page: the year's star target per aspect, the posts claimed, the
 * households kept in touch with, and the log book with a photo from the phone's camera.
 */
@Named
@ViewScoped
public class MyStarsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarTargets targets;

    @EJB
    private DutyPosts posts;

    @EJB
    private StarRulesBook rules;

    @EJB
    private Households households;

    @EJB
    private StarLogBook logBook;

    @Inject
    private EvidenceLimits evidenceLimits;

    @Inject
    private CurrentUser currentUser;

    private int year;
    private final Map<StarAspect, String> standards = new EnumMap<>(StarAspect.class);
    private TargetView target;
    private final Map<StarAspect, Integer> aimed = new EnumMap<>(StarAspect.class);
    private String measures;
    private List<ClaimView> claims = List.of();
    private List<PostOption> offered = List.of();
    private String postChoice;
    private String duty;
    private List<HouseholdView> kept = List.of();
    private List<LogEntryView> entries = List.of();
    private LocalDate entryDate = LocalDate.now();
    private LogEntryKind entryKind = LogEntryKind.STUDY;
    private String entryText;
    private Long entryHousehold;
    private Long entryClaim;
    private final PendingFiles photos = new PendingFiles();

    public void load() {
        year = targets.currentYear();
        target = PageActions.call(() -> targets.own(year));
        if (target == null) {
            return;
        }
        aimed.putAll(target.stars());
        rules.get().aspects().forEach(rule -> standards.put(rule.aspect(), rule.standard()));
        measures = target.measures();
        long personId = personId();
        claims = posts.claimsOf(personId, year);
        offered = posts.offeredTo(personId);
        kept = households.own();
        entries = logBook.own(year);
    }

    public void saveTarget() {
        long version = target.version();
        if (PageActions.onStale("stars.stale", this::load).attempt(() ->
                target = targets.aim(personId(), year, version, aimed, measures))) {
            Messages.info("stars.targetSaved");
        }
    }

    public void claimPost() {
        PostOption option = offered.stream().filter(o -> o.key().equals(postChoice)).findFirst().orElse(null);
        if (option == null) {
            Messages.error("stars.choosePost");
            return;
        }
        if (PageActions.run(() -> posts.claim(personId(), year, option.basicPost(), option.dutyPostId(), duty),
                "stars.postClaimed")) {
            duty = null;
            claims = posts.claimsOf(personId(), year);
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        PageActions.run(() -> photos.receive(event, evidenceLimits));
    }

    public void writeEntry() {
        LogPage page = new LogPage(entryDate, entryKind, entryText,
                entryKind == LogEntryKind.HOUSEHOLD_SERVICE ? entryHousehold : null,
                entryKind == LogEntryKind.POST_DUTY ? entryClaim : null);
        if (PageActions.run(() -> logBook.write(personId(), page, photos.uploads()), "stars.entryWritten")) {
            photos.clear();
            entryText = null;
            entries = logBook.own(year);
        }
    }

    /** The photos still waiting leave the disk with the view. */
    @PreDestroy
    void discardPendingPhotos() {
        photos.clear();
    }

    private long personId() {
        return currentUser.getAccount().personId();
    }

    public String photoUrl(long photoId) {
        return "api/v1/village/photos/" + photoId;
    }

    public String getLetterUrl() {
        return "api/v1/stars/targets/" + personId() + "/" + year + "/letter";
    }

    /** The aspect's standard as the department wrote it, or the seed's wording. */
    public String standard(StarAspect aspect) {
        String text = standards.get(aspect);
        return text == null || text.isBlank() ? Messages.text("stars.standard." + aspect) : text;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public StarAspect[] getAspects() {
        return StarAspect.values();
    }

    public LogEntryKind[] getKinds() {
        return LogEntryKind.values();
    }

    public String getPendingPhotos() {
        return photos.names();
    }





    public int getYear() {
        return year;
    }

    public TargetView getTarget() {
        return target;
    }

    public Map<StarAspect, Integer> getAimed() {
        return aimed;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public List<ClaimView> getClaims() {
        return claims;
    }

    public List<PostOption> getOffered() {
        return offered;
    }

    public String getPostChoice() {
        return postChoice;
    }

    public void setPostChoice(String postChoice) {
        this.postChoice = postChoice;
    }

    public String getDuty() {
        return duty;
    }

    public void setDuty(String duty) {
        this.duty = duty;
    }

    public List<HouseholdView> getKept() {
        return kept;
    }

    public List<LogEntryView> getEntries() {
        return entries;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public LogEntryKind getEntryKind() {
        return entryKind;
    }

    public void setEntryKind(LogEntryKind entryKind) {
        this.entryKind = entryKind;
    }

    public String getEntryText() {
        return entryText;
    }

    public void setEntryText(String entryText) {
        this.entryText = entryText;
    }

    public Long getEntryHousehold() {
        return entryHousehold;
    }

    public void setEntryHousehold(Long entryHousehold) {
        this.entryHousehold = entryHousehold;
    }

    public Long getEntryClaim() {
        return entryClaim;
    }

    public void setEntryClaim(Long entryClaim) {
        this.entryClaim = entryClaim;
    }
}
