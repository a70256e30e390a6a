package org.jiannuo.reports;

/** The compiled templates the application ships; each names its {@code .jasper} file. */
public enum ReportTemplate {
    ORGANIZATION_OVERVIEW("organization-overview", false),
    COMMITMENT_LETTER("commitment-letter", false),
    /** 承诺卡: one card per owner, A5 landscape; rows are {@link CommitmentLetterRow}s grouped by owner. */
    COMMITMENT_CARD("commitment-card", false),
    /** 践诺台账: may run to thousands of rows, so its fills are virtualized; rows are {@link FulfilmentLedgerRow}s. */
    FULFILMENT_LEDGER("fulfilment-ledger", true),
    /** 附件 1 党员干部职工“星级先锋”评价表, A4 landscape; rows are {@link StarEvaluationRow}s, one per person. */
    MEMBER_EVALUATION("member-evaluation", false),
    /** 附件 2 基层党组织“星级先锋”评价表, A4 landscape; rows are {@link StarEvaluationRow}s, one per organization. */
    ORGANIZATION_EVALUATION("organization-evaluation", false),
    /**
     * 登录凭条: eight slips per A4 page with cut lines, one per {@link LoginSlipRow}; labels from
     * {@link ReportLabels#parameters}. A whole committee's slips run to hundreds of pages, so fills are virtualized.
     */
    LOGIN_SLIPS("login-slips", true),
    /**
     * 参与码: one-time codes of an anonymous ballot on the login slips' sheet, one per {@link ParticipationSlipRow};
     * labels from {@link ReportLabels#parameters}. Virtualized like the login slips.
     */
    PARTICIPATION_SLIPS("participation-slips", true),
    /** 公示栏海报: one A4 page per {@link BoardPosterRow}, the unit's name, QR code, public phone and how to leave an opinion. */
    BOARD_POSTER("board-poster", false),
    /** 半年通报 and the quarterly fulfilment report, A4 portrait; rows are {@link BulletinSectionRow}s. */
    BULLETIN("bulletin", false),
    /** 创星目标责任书: one A4 letter per member, rows are {@link StarLetterRow}s, one per aspect; labels as $R{}. */
    STAR_LETTER("star-letter", false),
    /** 党员示范岗 certificate: one A4 landscape page per {@link ModelPostCertificateRow}. */
    MODEL_POST_CERTIFICATE("model-post-certificate", false),
    /** 年度考核汇总, A4 landscape; rows are {@link AnnualSummaryRow}s, one per person; a county's runs long, so virtualized. */
    ANNUAL_SUMMARY("annual-summary", true),
    /**
     * 季度星级通报: A4 landscape, rows are {@link StarBulletinRow}s grouped by branch; a township's collection of
     * forty villages runs to many pages, so fills are virtualized.
     */
    STAR_BULLETIN("star-bulletin", true),
    /**
     * 年度星级名单: A4 landscape, rows are {@link StarListRow}s grouped by branch; a township's list of forty villages
     * runs to many pages, so fills are virtualized.
     */
    STAR_LIST("star-list", true);

    private final String fileName;
    private final boolean virtualized;

    ReportTemplate(String fileName, boolean virtualized) {
        this.fileName = fileName;
        this.virtualized = virtualized;
    }

    String resourcePath() {
        return "/org/jiannuo/reports/templates/" + fileName + ".jasper";
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Whether a fill keeps only a few pages in memory and swaps the rest to a temporary file, for reports
     * whose size grows with the data rather than with the number of owners.
     */
    public boolean virtualized() {
        return virtualized;
    }
}
