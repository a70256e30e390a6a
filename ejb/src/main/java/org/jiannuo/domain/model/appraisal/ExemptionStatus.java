package org.jiannuo.domain.model.appraisal;

public enum ExemptionStatus {
    REQUESTED,
    APPROVED,
    REFUSED
}
