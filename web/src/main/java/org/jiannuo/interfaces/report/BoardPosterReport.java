package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.opinion.BoardPosters.PosterView;
import org.jiannuo.reports.BoardPosterRow;
import org.jiannuo.reports.QrCode;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * Lays a unit's poster for its physical public board (公示栏) out as a PDF page: the QR code of its living page, its
 * public phone and how to leave an opinion. Printed in Chinese whatever the screen's language, as it is posted in China.
 */
@ApplicationScoped
public class BoardPosterReport {

    private static final Map<String, Object> WORDS = Map.of(
            "HEADING", "党务公开栏",
            "SCAN", "扫一扫：查看公开承诺、践诺情况和评星定级结果",
            "PHONE_LABEL", "意见箱　公开电话",
            "NO_PHONE", "（请向党组织询问）",
            "INSTRUCTION", "扫码打开本党组织的公示页面，可对党组织、党员的公开承诺和评星定级结果留下意见或建议，"
                    + "可以匿名；留言后会得到一个查询码，凭查询码可查看答复。也可拨打公开电话反映意见。",
            "FOOTER", "欢迎党员群众监督");

    @Inject
    ReportRenderer renderer;

    public void write(PosterView poster, OutputStream out) {
        BoardPosterRow row = new BoardPosterRow(poster.unitName(), poster.publicPhone(), QrCode.of(poster.boardPage()));
        renderer.render(ReportTemplate.BOARD_POSTER, WORDS, new RecordDataSource(List.of(row).iterator()),
                ReportFormat.PDF, out);
    }
}
