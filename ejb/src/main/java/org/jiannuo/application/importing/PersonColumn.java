package org.jiannuo.application.importing;

/** The columns of a people file, in the order an export writes them. */
enum PersonColumn implements ImportColumn {
    UNIT_PATH("unit_path", "所在组织", true),
    NAME("name", "姓名", true),
    ID_CARD_NO("id_card_no", "身份证号", true),
    PARTY_STATUS("party_status", "政治面貌", true),
    PHONE("phone", "联系电话", false),
    EMAIL("email", "电子邮箱", false),
    POST("post", "岗位", false),
    ASSIGNED_POST("assigned_post", "设岗定责岗位", false),
    LEADING_CADRE_LEVEL("leading_cadre_level", "领导干部级别", false),
    /** Written by the export; an import leaves appointments to the organization tree. */
    SECRETARY("secretary", "书记", false),
    RETIRED("retired", "离退休", false),
    INFIRM("infirm", "年老体弱患病残疾", false),
    FLOATING_LOCATION("floating_location", "流动去向", false),
    VILLAGE_CATEGORY("village_category", "农村党员类别", false);

    private final Spec spec;

    PersonColumn(String code, String header, boolean required) {
        this.spec = new Spec(code, header, required);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
