package org.jiannuo.application.importing;

/** The columns of a units file: each unit named by its path from the top of the tree. */
enum UnitColumn implements ImportColumn {
    UNIT_PATH("unit_path", true),
    TYPE("type", true);

    private final Spec spec;

    /** The heading an export writes and an import reads, besides the code, is the file format's Chinese term. */
    UnitColumn(String code, boolean required) {
        this.spec = new Spec(code, Vocabulary.heading(this), required);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
