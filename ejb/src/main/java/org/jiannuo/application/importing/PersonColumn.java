package org.jiannuo.application.importing;

/** The columns of a people file, in the order an export writes them. */
enum PersonColumn implements ImportColumn {
    UNIT_PATH("unit_path", true),
    NAME("name", true),
    ID_CARD_NO("id_card_no", true),
    PARTY_STATUS("party_status", true),
    PHONE("phone", false),
    EMAIL("email", false),
    POST("post", false),
    ASSIGNED_POST("assigned_post", false),
    LEADING_CADRE_LEVEL("leading_cadre_level", false),
    /** Written by the export; an import leaves appointments to the organization tree. */
    SECRETARY("secretary", false),
    RETIRED("retired", false),
    INFIRM("infirm", false),
    FLOATING_LOCATION("floating_location", false),
    VILLAGE_CATEGORY("village_category", false);

    private final Spec spec;

    /** The heading an export writes and an import reads, besides the code, is the file format's Chinese term. */
    PersonColumn(String code, boolean required) {
        this.spec = new Spec(code, Vocabulary.heading(this), required);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
