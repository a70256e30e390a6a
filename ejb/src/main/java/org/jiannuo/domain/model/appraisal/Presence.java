package org.jiannuo.domain.model.appraisal;

/** How one person of the roster took part in a meeting. Only those present vote. */
public enum Presence {
    PRESENT,
    /** A floating member who narrated in writing, by phone, video or e-mail. */
    REMOTE,
    ABSENT,
    /** Exempted by the superior (elderly, weak, sick or disabled). */
    EXEMPT
}
