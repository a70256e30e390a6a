package org.jiannuo.domain.model.appraisal;

/** How a narration (讲述) was given: at the meeting, or from afar by a floating member (seed 004). */
public enum NarrationMode {
    IN_PERSON,
    WRITING,
    PHONE,
    VIDEO,
    EMAIL;

    public boolean isRemote() {
        return this != IN_PERSON;
    }
}
