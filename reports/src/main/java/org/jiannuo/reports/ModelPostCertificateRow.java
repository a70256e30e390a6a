package org.jiannuo.reports;

/**
 * One 党员示范岗 certificate, a page of {@link ReportTemplate#MODEL_POST_CERTIFICATE}, every text already worded in
 * the reader's language.
 *
 * @param heading   the certificate's heading (党员示范岗)
 * @param holder    the member addressed (王秀英同志：)
 * @param citation  why: the branch, the year and the result (在东岭村党支部 2026 年度民主评议中被评为优秀 …)
 * @param postTitle the post's title (便民服务示范岗)
 * @param issuer    the issuing organization
 * @param date      the day of designation, as printed
 */
public record ModelPostCertificateRow(String heading, String holder, String citation, String postTitle, String issuer,
        String date) {
}
