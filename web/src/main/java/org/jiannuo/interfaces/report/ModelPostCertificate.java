package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.yearend.ModelPostView;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.ModelPostCertificateRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * Words a party member model post (党员示范岗) as its certificate in the reader's language: the member, the branch
 * and year of the evaluation that rated them excellent, the post, the issuing organization and the day.
 */
@ApplicationScoped
public class ModelPostCertificate {

    @Inject
    ReportRenderer renderer;

    public void write(List<ModelPostView> posts, Locale locale, OutputStream out) {
        List<ModelPostCertificateRow> rows = posts.stream().map(post -> new ModelPostCertificateRow(
                Bundle.text(locale, "reward.certificate.heading"),
                Bundle.text(locale, "reward.certificate.holder", post.name()),
                Bundle.text(locale, "reward.certificate.citation", post.unitName(), String.valueOf(post.year())),
                post.title(), post.issuer(), date(post.designatedOn(), locale))).toList();
        renderer.render(ReportTemplate.MODEL_POST_CERTIFICATE, Map.of(), new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);
    }

    /** 2027 年 1 月 20 日, or 20 January 2027: the numbers as written, never grouped. */
    static String date(LocalDate day, Locale locale) {
        return Bundle.text(locale, "reward.certificate.date", String.valueOf(day.getYear()),
                String.valueOf(day.getMonthValue()), String.valueOf(day.getDayOfMonth()),
                day.getMonth().getDisplayName(TextStyle.FULL, locale));
    }

    public static String fileName(ModelPostView post) {
        return "model-post-" + post.year() + "-" + post.personId() + ".pdf";
    }
}
