package org.jiannuo.application.importing;

/** A column of an import file: found by its code or its Chinese header. */
interface ImportColumn {

    /** What the column is: its code, its Chinese header, and whether every file must have it. */
    record Spec(String code, String header, boolean required) {
    }

    Spec spec();

    default String code() {
        return spec().code();
    }

    default String header() {
        return spec().header();
    }

    default boolean required() {
        return spec().required();
    }

    /** How a problem names the column to the user. */
    default String label() {
        return header() + " (" + code() + ")";
    }
}
