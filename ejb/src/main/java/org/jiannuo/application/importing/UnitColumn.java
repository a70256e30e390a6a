package org.jiannuo.application.importing;

/** The columns of a units file: each unit named by its path from the top of the tree. */
enum UnitColumn implements ImportColumn {
    UNIT_PATH("unit_path", true),
    TYPE("type", true);

    private final String code;
    private final String header;
    private final boolean required;

    /** The heading an export writes and an import reads, besides the code, is the file format's Chinese term. */
    UnitColumn(String code, boolean required) {
        this.code = code;
        this.header = Vocabulary.heading(this);
        this.required = required;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }
}
