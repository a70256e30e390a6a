package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jiannuo.domain.model.stars.BasicPost;
import org.jiannuo.domain.model.stars.LogEntry;
import org.jiannuo.domain.model.stars.LogEntryKind;

/** A page of the log book: what, when, for which household or in which post, and its photos. */
public record LogEntryView(long id, LocalDate date, LogEntryKind kind, String text, String householdHead,
        BasicPost basicPost, String postName, List<Photo> photos) implements Serializable {

    public record Photo(long id, String fileName) implements Serializable {
    }

    static LogEntryView of(LogEntry entry, List<Photo> photos) {
        return new LogEntryView(entry.getId(), entry.getDate(), entry.getKind(), entry.getText(),
                entry.getHousehold() == null ? null : entry.getHousehold().getHead(),
                entry.getPost() == null ? null : entry.getPost().getBasicPost(),
                entry.getPost() == null || entry.getPost().getDutyPost() == null ? null
                        : entry.getPost().getDutyPost().getName(),
                List.copyOf(photos));
    }
}
