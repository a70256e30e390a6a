package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.RemarkLine;
import org.jiannuo.application.appraisal.Remarks;
import org.jiannuo.interfaces.web.Messages;

/** The meeting page's remarks (点评): progress, shortcomings and direction for every subject the meeting calls for. */
@Named
@ViewScoped
public class RemarksPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Remarks remarks;

    @Inject
    private MeetingPage meetingPage;

    private List<RemarkDraft> drafts = List.of();

    /** A remark nobody changed keeps what the user typed and has not saved yet. */
    public void show(@Observes MeetingView meeting) {
        Map<String, RemarkDraft> kept = drafts.stream()
                .collect(Collectors.toMap(RemarkDraft::key, Function.identity()));
        drafts = meeting.remarks().stream().map(line -> {
            RemarkDraft draft = kept.get(RemarkDraft.keyOf(line));
            return draft != null && draft.getLine().equals(line) ? draft : new RemarkDraft(line);
        }).toList();
    }

    public void save(RemarkDraft draft) {
        meetingPage.act(() -> {
            RemarkLine line = draft.getLine();
            meetingPage.show(remarks.write(meetingPage.getId(), line.kind(), line.subjectKey(), line.version(),
                    draft.getProgress(), draft.getShortcomings(), draft.getDirection()));
            Messages.info("meeting.remarks.saved", line.subjectName());
        });
    }

    public List<RemarkDraft> getDrafts() {
        return drafts;
    }

    /** One remark as being written. */
    public static class RemarkDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RemarkLine line;
        private String progress;
        private String shortcomings;
        private String direction;

        RemarkDraft(RemarkLine line) {
            this.line = line;
            this.progress = line.progress();
            this.shortcomings = line.shortcomings();
            this.direction = line.direction();
        }

        static String keyOf(RemarkLine line) {
            return line.kind().name() + "/" + line.subjectKey();
        }

        String key() {
            return keyOf(line);
        }

        public RemarkLine getLine() {
            return line;
        }

        public String getProgress() {
            return progress;
        }

        public void setProgress(String progress) {
            this.progress = progress;
        }

        public String getShortcomings() {
            return shortcomings;
        }

        public void setShortcomings(String shortcomings) {
            this.shortcomings = shortcomings;
        }

        public String getDirection() {
            return direction;
        }

        public void setDirection(String direction) {
            this.direction = direction;
        }
    }
}
