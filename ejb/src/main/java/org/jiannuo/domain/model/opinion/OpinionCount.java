package org.jiannuo.domain.model.opinion;

import java.io.Serializable;

/** A top-level committee with the opinions handled in its subtree that are open, and those of them overdue. */
public record OpinionCount(long committeeId, String committee, long open, long overdue) implements Serializable {
}
