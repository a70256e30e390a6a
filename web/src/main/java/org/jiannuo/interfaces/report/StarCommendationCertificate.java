package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.stars.StarCertificate;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.ModelPostCertificateRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * The 七一 commendation certificate of a star member (seed 003: members of 9 stars and more are commended at the
 * 1 July celebration and "given the star award") on the model post certificate's page: the same red frame and
 * embedded font, the member's stars drawn as ★ where the model post has its title. One page per member.
 */
@ApplicationScoped
public class StarCommendationCertificate {

    @Inject
    ReportRenderer renderer;

    public void write(List<StarCertificate> certificates, Locale locale, OutputStream out) {
        List<ModelPostCertificateRow> rows = certificates.stream().map(certificate -> new ModelPostCertificateRow(
                Bundle.text(locale, "starFollowUp.certificate.heading"),
                Bundle.text(locale, "reward.certificate.holder", certificate.name()),
                Bundle.text(locale, "starFollowUp.certificate.citation", certificate.unitName(),
                        String.valueOf(certificate.year()), certificate.total(), certificate.cap()),
                StarBulletinReport.STAR.repeat(certificate.total()), certificate.issuer(),
                ModelPostCertificate.date(certificate.issuedOn(), locale))).toList();
        renderer.render(ReportTemplate.MODEL_POST_CERTIFICATE, Map.of(), new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);
    }

    public static String fileName(long unitId, int year) {
        return "star-commendation-" + year + "-" + unitId + ".pdf";
    }
}
