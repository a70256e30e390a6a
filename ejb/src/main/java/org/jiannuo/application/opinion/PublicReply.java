package org.jiannuo.application.opinion;

import java.time.LocalDate;
import org.jiannuo.domain.model.opinion.OpinionState;

/**
 * What the holder of a tracking code reads: the opinion, where it stands and the answer. Never the writer's
 * name or contact, nor who handled it: the code may have been passed on.
 */
public record PublicReply(String target, String text, LocalDate receivedOn, OpinionState state, LocalDate answerDue,
        String reply, LocalDate repliedOn, String closingNote) {
}
