package org.jiannuo.interfaces.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.reports.LoginSlipRow;
import org.jiannuo.reports.QrCode;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.jiannuo.reports.ReportLabels;

/** The printable login slips of issued accounts or reset passwords: one per person, with a QR code of the login page. */
@ApplicationScoped
public class LoginSlips {

    @Inject
    ReportRenderer renderer;

    @Inject
    @ConfigProperty(name = "jiannuo.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** The login page with the organization code filled in. */
    public String loginUrl(String tenantCode) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "login.xhtml?tenant="
                + URLEncoder.encode(tenantCode, StandardCharsets.UTF_8);
    }

    public void write(List<IssuedAccount> issued, String tenantCode, String tenantName, Locale locale,
            OutputStream out) {
        QrCode qr = QrCode.of(loginUrl(tenantCode));
        List<LoginSlipRow> rows = issued.stream()
                .map(account -> new LoginSlipRow(tenantName, account.name(), account.unitName(), tenantCode,
                        account.username(), account.oneTimePassword(), qr))
                .toList();
        renderer.render(ReportTemplate.LOGIN_SLIPS, ReportLabels.parameters(locale),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);
    }
}
