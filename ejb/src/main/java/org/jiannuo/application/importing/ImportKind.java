package org.jiannuo.application.importing;

/** What a file holds: the organization tree, or the people in it. Units come first. */
public enum ImportKind {
    UNITS,
    PEOPLE
}
