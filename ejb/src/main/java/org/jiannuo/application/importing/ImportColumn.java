package org.jiannuo.application.importing;

/** A column of an import file: found by its code or its Chinese header. */
interface ImportColumn {

    String code();

    String header();

    boolean required();

    /** How a problem names the column to the user. */
    default String label() {
        return header() + " (" + code() + ")";
    }
}
