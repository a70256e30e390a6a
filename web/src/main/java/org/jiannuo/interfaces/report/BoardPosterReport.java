package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.opinion.BoardPosters.PosterView;
import org.jiannuo.reports.BoardPosterRow;
import org.jiannuo.reports.QrCode;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportLabels;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * Lays a unit's poster for its physical public board (公示栏) out as a PDF page: the QR code of its living page, its
 * public phone and how to leave an opinion. Labels in the
 * requester's language (Chinese, the language it is posted in, unless they read English).
 */
@ApplicationScoped
public class BoardPosterReport {

    @Inject
    ReportRenderer renderer;

    public void write(PosterView poster, Locale locale, OutputStream out) {
        BoardPosterRow row = new BoardPosterRow(poster.unitName(), poster.publicPhone(), QrCode.of(poster.boardPage()));
        renderer.render(ReportTemplate.BOARD_POSTER, ReportLabels.parameters(locale), new RecordDataSource(List.of(row).iterator()),
                ReportFormat.PDF, out);
    }
}
