package org.jiannuo.reports;

/**
 * One login slip (登录凭条) of {@link ReportTemplate#LOGIN_SLIPS}: whom the account is for and how they sign in
 * the first time. Every text is printed whole: long units wrap and, if still too long, are set smaller.
 *
 * @param title            the slip's heading, usually the tenant's name (青山县委组织部)
 * @param name             the person's name
 * @param unit             where the person belongs, possibly a path (青山县委/城关镇党委/第一党支部)
 * @param organizationCode the tenant's code that the login form asks for (单位代码)
 * @param username         the account's username
 * @param password         the one-time password, as the person types it
 * @param qr               the login address with the tenant code filled in; the slip prints it as a QR code and
 *                         as text. One instance may serve every slip of a tenant
 */
public record LoginSlipRow(String title, String name, String unit, String organizationCode, String username,
        String password, QrCode qr) {

    /** The address the QR code leads to, printed under it for those who type it. */
    public String loginUrl() {
        return qr.text();
    }
}
