package org.jiannuo.application.importing;

/** The columns of a units file: each unit named by its path from the top of the tree. */
enum UnitColumn implements ImportColumn {
    UNIT_PATH("unit_path", "组织路径", true),
    TYPE("type", "组织类别", true);

    private final Spec spec;

    UnitColumn(String code, String header, boolean required) {
        this.spec = new Spec(code, header, required);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
