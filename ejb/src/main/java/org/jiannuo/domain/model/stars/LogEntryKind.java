package org.jiannuo.domain.model.stars;

/** What a page of the star log book (纪实手册) records: study, a visit or service to a household, post duty. */
public enum LogEntryKind {
    STUDY(StarAspect.IDEOLOGY),
    HOUSEHOLD_SERVICE(StarAspect.LIAISON),
    POST_DUTY(StarAspect.POST);

    private final StarAspect aspect;

    LogEntryKind(StarAspect aspect) {
        this.aspect = aspect;
    }

    /**
     * The aspect a page of this kind bears witness to (study to 思想政治, household service to 联户服务, post duty to
     * 岗位奉献); the quarterly bulletin counts a member's pages per aspect against their target.
     */
    public StarAspect aspect() {
        return aspect;
    }
}
