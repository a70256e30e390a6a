package org.jiannuo.application.people;

/** The columns a people list may be sorted by; each maps to one indexed or cheap expression. */
public enum PersonSortField {
    NAME("name"),
    UNIT("orgUnit.name"),
    PARTY_STATUS("partyStatus"),
    BIRTH_DATE("birthDate");

    private final String path;

    PersonSortField(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
