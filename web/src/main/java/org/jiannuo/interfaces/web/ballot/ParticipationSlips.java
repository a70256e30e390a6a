package org.jiannuo.interfaces.web.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.interfaces.web.Bundle;
import org.jiannuo.reports.ParticipationSlipRow;
import org.jiannuo.reports.QrCodes;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * Prints freshly issued participation codes as slips to cut apart: each with its code and a QR code of
 * the public phone page's address ({@code jiannuo.public-url} + {@code ballot.xhtml?t=&o=&code=}).
 * The codes exist in clear only in this document.
 */
@ApplicationScoped
public class ParticipationSlips {

    private static final int QR_PIXELS = 300;

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
            return new ParticipationSlipRow(code, url, QrCodes.of(url, QR_PIXELS));
        }).toList();
        Map<String, Object> parameters = Map.of(
                "TITLE", issued.title(),
                "UNIT", issued.unitName(),
                "CODE_LABEL", Bundle.text(locale, "codeBallot.code"),
                "HINT", Bundle.text(locale, "codeBallot.slipHint", issued.tenantCode()));
        renderer.render(ReportTemplate.PARTICIPATION_SLIPS, parameters, new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);
    }
}
