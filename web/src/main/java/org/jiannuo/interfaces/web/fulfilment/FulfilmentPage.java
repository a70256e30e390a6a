package org.jiannuo.interfaces.web.fulfilment;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.application.fulfilment.FulfilmentDossier;
import org.jiannuo.application.fulfilment.FulfilmentDossier.RectificationView;
import org.jiannuo.application.fulfilment.FulfilmentOversight;
import org.jiannuo.application.fulfilment.FulfilmentRecords;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.QuarterAssessment;
import org.jiannuo.domain.model.fulfilment.QuarterlyCheck;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.primefaces.event.FileUploadEvent;

/**
 * 践诺: one item's fulfilment file. The owner's side records the month and reports the item done;
 * the reviewer's side checks the quarter, closes out or sends back, and orders rectifications.
 */
@Named
@ViewScoped
public class FulfilmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FulfilmentRecords records;

    @EJB
    private FulfilmentOversight oversight;

    @Inject
    private EvidenceLimits evidenceLimits;

    private long commitment;
    private FulfilmentDossier dossier;

    private YearMonth month = YearMonth.now();
    private String note;
    private int progress;
    private final PendingFiles recordFiles = new PendingFiles();
    private String evidence;
    private final PendingFiles evidenceFiles = new PendingFiles();

    private int checkYear = LocalDate.now().getYear();
    private int checkQuarter = QuarterlyCheck.quarterOf(LocalDate.now());
    private QuarterAssessment assessment = QuarterAssessment.ON_SCHEDULE;
    private String checkNote;
    private String verdictReason;
    private String rectificationReason;
    private LocalDate rectificationDeadline;
    private String rectificationReport;
    private String reopenReason;

    public void load() {
        dossier = null;
        PageActions.aboutSubject("fulfilment.notFound").attempt(() -> {
            dossier = records.dossier(commitment);
            progress = dossier.commitment().progress();
        });
    }

    public void uploadRecordFile(FileUploadEvent event) {
        upload(recordFiles, event);
    }

    public void uploadEvidenceFile(FileUploadEvent event) {
        upload(evidenceFiles, event);
    }

    private void upload(PendingFiles files, FileUploadEvent event) {
        PageActions.run(() -> files.receive(event, evidenceLimits));
    }

    /** The files still waiting leave the disk with the view. */
    @PreDestroy
    void discardPendingFiles() {
        recordFiles.clear();
        evidenceFiles.clear();
    }

    public void saveRecord() {
        act(() -> {
            var recorded = dossier.records().stream().filter(record -> record.month().equals(month)).findFirst();
            dossier = recorded.isPresent()
                    ? records.correct(recorded.get().id(), recorded.get().version(), note, progress,
                            recordFiles.uploads())
                    : records.record(commitment, month, note, progress, recordFiles.uploads());
            note = null;
            recordFiles.clear();
            Messages.info("fulfilment.recorded", month);
        });
    }

    public void reportCompletion() {
        act(() -> {
            dossier = records.reportCompletion(commitment, dossier.commitment().version(), evidence,
                    evidenceFiles.uploads());
            evidence = null;
            evidenceFiles.clear();
            Messages.info("fulfilment.completionReported");
        });
    }

    public void checkQuarter() {
        act(() -> {
            dossier = oversight.checkQuarter(commitment, checkYear, checkQuarter, assessment, checkNote);
            checkNote = null;
            Messages.info("fulfilment.checked", checkYear, checkQuarter);
        });
    }

    public void closeOut() {
        verify(CloseOutOutcome.CLOSED);
    }

    public void sendBack() {
        verify(CloseOutOutcome.SENT_BACK);
    }

    private void verify(CloseOutOutcome outcome) {
        act(() -> {
            dossier = oversight.verifyCompletion(commitment, dossier.commitment().version(), outcome, verdictReason);
            verdictReason = null;
            Messages.info("fulfilment.verified." + outcome);
        });
    }

    public void orderRectification() {
        act(() -> {
            dossier = oversight.orderRectification(commitment, rectificationReason, rectificationDeadline);
            rectificationReason = null;
            rectificationDeadline = null;
            Messages.info("fulfilment.rectificationOrdered");
        });
    }

    public void reportRectification(RectificationView rectification) {
        act(() -> {
            dossier = records.reportRectification(rectification.id(), rectification.version(), rectificationReport);
            rectificationReport = null;
            Messages.info("fulfilment.rectificationReported");
        });
    }

    public void acceptRectification(RectificationView rectification) {
        decideRectification(rectification, true);
    }

    public void reopenRectification(RectificationView rectification) {
        decideRectification(rectification, false);
    }

    private void decideRectification(RectificationView rectification, boolean accept) {
        act(() -> {
            dossier = oversight.decideRectification(rectification.id(), rectification.version(), accept, reopenReason);
            reopenReason = null;
            Messages.info(accept ? "fulfilment.rectificationAccepted" : "fulfilment.rectificationReopened");
        });
    }

    private void act(Runnable action) {
        PageActions.onStale("commitment.stale", this::load).attempt(action);
    }

    public boolean isCompletionReported() {
        return dossier != null && dossier.commitment().status() == CommitmentStatus.COMPLETION_REPORTED;
    }

    public boolean isOpenRectification(RectificationView rectification) {
        return rectification.status() == RectificationStatus.OPEN;
    }

    public boolean isReportedRectification(RectificationView rectification) {
        return rectification.status() == RectificationStatus.REPORTED;
    }

    public boolean isRectifiable() {
        return dossier != null && dossier.commitment().status().isOpenForRectification();
    }

    public String fileUrl(long fileId) {
        return "api/v1/fulfilment/evidence/" + fileId;
    }

    /** The files chosen for the next record, by name. */
    public String getPendingRecordFiles() {
        return recordFiles.names();
    }

    public String getPendingEvidenceFiles() {
        return evidenceFiles.names();
    }





    public QuarterAssessment[] getAssessments() {
        return QuarterAssessment.values();
    }

    public long getCommitment() {
        return commitment;
    }

    public void setCommitment(long commitment) {
        this.commitment = commitment;
    }

    public FulfilmentDossier getDossier() {
        return dossier;
    }

    public String getMonth() {
        return month.toString();
    }

    public void setMonth(String month) {
        try {
            this.month = YearMonth.parse(month);
        } catch (RuntimeException e) {
            this.month = YearMonth.now();
        }
    }

    /** The months a record can be made for: this year's so far, the latest first. */
    public List<String> getMonths() {
        List<String> months = new ArrayList<>();
        YearMonth current = YearMonth.now();
        int year = dossier == null ? current.getYear() : dossier.commitment().year();
        for (YearMonth m = current; m.getYear() >= year && !m.isBefore(YearMonth.of(year, 1)); m = m.minusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public int getCheckYear() {
        return checkYear;
    }

    public void setCheckYear(int checkYear) {
        this.checkYear = checkYear;
    }

    public int getCheckQuarter() {
        return checkQuarter;
    }

    public void setCheckQuarter(int checkQuarter) {
        this.checkQuarter = checkQuarter;
    }

    public QuarterAssessment getAssessment() {
        return assessment;
    }

    public void setAssessment(QuarterAssessment assessment) {
        this.assessment = assessment;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public void setCheckNote(String checkNote) {
        this.checkNote = checkNote;
    }

    public String getVerdictReason() {
        return verdictReason;
    }

    public void setVerdictReason(String verdictReason) {
        this.verdictReason = verdictReason;
    }

    public String getRectificationReason() {
        return rectificationReason;
    }

    public void setRectificationReason(String rectificationReason) {
        this.rectificationReason = rectificationReason;
    }

    public LocalDate getRectificationDeadline() {
        return rectificationDeadline;
    }

    public void setRectificationDeadline(LocalDate rectificationDeadline) {
        this.rectificationDeadline = rectificationDeadline;
    }

    public String getRectificationReport() {
        return rectificationReport;
    }

    public void setRectificationReport(String rectificationReport) {
        this.rectificationReport = rectificationReport;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
