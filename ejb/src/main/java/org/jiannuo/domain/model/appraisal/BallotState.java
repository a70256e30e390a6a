package org.jiannuo.domain.model.appraisal;

public enum BallotState {
    NOT_OPENED,
    OPEN,
    CLOSED
}
