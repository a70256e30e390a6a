package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.GradingGroup;

/** A line of the ballot paper: whom the voter rates. */
public record BallotSubject(String key, String name, GradingGroup group) implements Serializable {
}
