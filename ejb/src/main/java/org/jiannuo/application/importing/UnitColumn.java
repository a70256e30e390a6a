package org.jiannuo.application.importing;

/** The columns of a units file: each unit named by its path from the top of the tree. */
enum UnitColumn implements ImportColumn {
    UNIT_PATH("unit_path", "组织路径", true),
    TYPE("type", "组织类别", true);

    private final String code;
    private final String header;
    private final boolean required;

    UnitColumn(String code, String header, boolean required) {
        this.code = code;
        this.header = header;
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
