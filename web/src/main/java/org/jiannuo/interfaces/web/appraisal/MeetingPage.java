package org.jiannuo.interfaces.web.appraisal;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.appraisal.AttendanceLine;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.Meetings;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 会议记实: one meeting's record — its day and topic, who took part and how they narrated. The
 * remarks, the ballot and the grading have their own panels, which this page tells whenever the
 * meeting changes.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Meetings meetings;

    @Inject
    private Event<MeetingView> shown;

    private long id;
    private MeetingView view;
    private List<RosterRow> roster = List.of();
    private LocalDate heldOn;
    private String topic;

    public void load() {
        view = null;
        PageActions.aboutSubject("meeting.notFound").attempt(() -> show(meetings.meeting(id)));
    }

    /** Reads the meeting again, after a change made through another service. */
    public void refresh() {
        show(meetings.meeting(id));
    }

    /**
     * Shows the meeting as a service returned it, here and in the panels. A roster line nobody changed
     * keeps what the user chose on it and has not saved yet.
     */
    public void show(MeetingView meeting) {
        Map<Long, RosterRow> kept = roster.stream()
                .collect(Collectors.toMap(row -> row.getLine().personId(), Function.identity()));
        view = meeting;
        roster = meeting.roster().stream().map(line -> {
            RosterRow row = kept.get(line.personId());
            return row != null && row.getLine().equals(line) ? row : new RosterRow(line);
        }).toList();
        heldOn = meeting.summary().heldOn();
        topic = meeting.topic();
        shown.fire(meeting);
    }

    /** Runs a change of the meeting, turning what the services refuse into messages. */
    public void act(Runnable change) {
        PageActions.onStale("meeting.stale", this::load).attempt(change);
    }

    public void saveAttendance() {
        act(() -> {
            Map<Long, Presence> presence = new LinkedHashMap<>();
            roster.forEach(row -> presence.put(row.getLine().personId(), row.getPresence()));
            show(meetings.markAttendance(id, presence));
            Messages.info("meeting.attendanceSaved");
        });
    }

    public void narrate(RosterRow row) {
        act(() -> {
            show(meetings.narrate(id, row.getLine().personId(), row.getNarrationMode(), row.getNarration()));
            Messages.info("meeting.narrationSaved", row.getLine().name());
        });
    }

    public void reschedule() {
        act(() -> {
            show(meetings.reschedule(id, view.version(), heldOn, topic));
            Messages.info("meeting.rescheduled");
        });
    }

    /** The meeting's record can change: the caller keeps it and the grades are not published. */
    public boolean isEditable() {
        return view != null && view.permissions().keepsRecord() && !view.summary().published();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public MeetingView getView() {
        return view;
    }

    public List<RosterRow> getRoster() {
        return roster;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    /** A person of the roster with how they took part and narrated, as being edited. */
    public static class RosterRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AttendanceLine line;
        private Presence presence;
        private NarrationMode narrationMode;
        private String narration;

        RosterRow(AttendanceLine line) {
            this.line = line;
            this.presence = line.presence();
            this.narration = line.narration();
            this.narrationMode = line.narrationMode() != null || line.presence() != Presence.PRESENT
                    ? line.narrationMode() : NarrationMode.IN_PERSON;
        }

        public AttendanceLine getLine() {
            return line;
        }

        /** Only floating members take part from afar. */
        public List<Presence> getPresences() {
            return line.floating() ? List.of(Presence.values())
                    : List.of(Presence.PRESENT, Presence.ABSENT, Presence.EXEMPT);
        }

        /** Whoever was present or took part from afar narrates. */
        public boolean isNarrating() {
            return line.presence() == Presence.PRESENT || line.presence() == Presence.REMOTE;
        }

        /** In person when present; in writing, by phone, video or e-mail from afar. */
        public List<NarrationMode> getNarrationModes() {
            boolean remote = line.presence() == Presence.REMOTE;
            return Arrays.stream(NarrationMode.values()).filter(mode -> mode.isRemote() == remote).toList();
        }

        public Presence getPresence() {
            return presence;
        }

        public void setPresence(Presence presence) {
            this.presence = presence;
        }

        public NarrationMode getNarrationMode() {
            return narrationMode;
        }

        public void setNarrationMode(NarrationMode narrationMode) {
            this.narrationMode = narrationMode;
        }

        public String getNarration() {
            return narration;
        }

        public void setNarration(String narration) {
            this.narration = narration;
        }
    }
}
