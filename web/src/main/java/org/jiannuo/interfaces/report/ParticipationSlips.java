package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.reports.ParticipationSlipRow;
import org.jiannuo.reports.QrCode;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.jiannuo.reports.ReportLabels;

/**
 * Prints freshly issued participation codes as slips to cut apart: each with its code and a QR code of
 * the public phone page's address ({@code jiannuo.public-url} + {@code ballot.xhtml?t=&o=&code=}).
 * The codes exist in clear only in this document.
 */
@ApplicationScoped
public class ParticipationSlips {

    @Inject
    ReportRenderer renderer;

    @Inject
    @ConfigProperty(name = "jiannuo.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public void write(IssuedCodes issued, Locale locale, OutputStream out) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        List<ParticipationSlipRow> rows = issued.codes().stream().map(code -> {
            String url = base + "ballot.xhtml?t=" + URLEncoder.encode(issued.tenantCode(), StandardCharsets.UTF_8)
                    + "&o=" + issued.occasionId() + "&code=" + code;
            return new ParticipationSlipRow(issued.unitName(), issued.title(), code, QrCode.of(url));
        }).toList();
        renderer.render(ReportTemplate.PARTICIPATION_SLIPS, ReportLabels.parameters(locale),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);
    }
}
