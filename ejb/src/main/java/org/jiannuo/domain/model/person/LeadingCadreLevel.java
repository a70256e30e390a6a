package org.jiannuo.domain.model.person;

/** Level of a leading cadre; division level and above also commit on 一岗双责 and 廉洁从政 (seed 004). */
public enum LeadingCadreLevel {
    SECTION,
    DIVISION,
    BUREAU;

    public boolean isDivisionOrAbove() {
        return this != SECTION;
    }
}
