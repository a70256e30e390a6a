package org.jiannuo.application.opinion;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.opinion.Opinion;
import org.jiannuo.domain.model.opinion.OpinionChannel;
import org.jiannuo.domain.model.opinion.OpinionState;
import org.jiannuo.domain.model.opinion.TargetKind;

/** One opinion as its handlers see it, with the writer's name and contact if given. */
public record OpinionLine(long id, long version, TargetKind targetKind, String target, String handler, long handlerId,
        OpinionChannel channel, String text, String writerName, String writerContact, LocalDateTime receivedAt,
        OpinionState state, LocalDate deadline, boolean overdue, String forwardedFrom, String forwardNote, String reply,
        LocalDateTime repliedAt, String closingNote) {

    static OpinionLine of(Opinion opinion, LocalDate today) {
        return new OpinionLine(opinion.getId(), opinion.getVersion(), opinion.getTargetKind(), opinion.getTargetLabel(),
                opinion.getHandler().getName(), opinion.getHandler().getId(), opinion.getChannel(), opinion.getText(),
                opinion.getWriterName(), opinion.getWriterContact(), opinion.getReceivedAt(), opinion.getState(),
                opinion.getDeadline(), opinion.isOverdue(today),
                opinion.getForwardedFrom() == null ? null : opinion.getForwardedFrom().getName(), opinion.getForwardNote(),
                opinion.getReply(), opinion.getRepliedAt(), opinion.getClosingNote());
    }
}
