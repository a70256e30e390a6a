package org.jiannuo.reports;

/** The compiled templates the application ships; each names its {@code .jasper} file. */
public enum ReportTemplate {
    ORGANIZATION_OVERVIEW("organization-overview"),
    COMMITMENT_LETTER("commitment-letter");

    private final String fileName;

    ReportTemplate(String fileName) {
        this.fileName = fileName;
    }

    String resourcePath() {
        return "/org/jiannuo/reports/templates/" + fileName + ".jasper";
    }

    public String fileName() {
        return fileName;
    }
}
