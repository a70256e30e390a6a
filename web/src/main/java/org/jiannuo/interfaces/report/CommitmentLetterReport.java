package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.commitment.LetterItem;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.reports.CommitmentLetterRow;
import org.jiannuo.reports.QrCode;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * Lays the approved items out as 公开承诺书, one letter per owner, in the words of the seeds, each with a QR code of the
 * owner's living page on the public board:
 * the letter is printed in Chinese whatever the screen's language, as it is posted in China.
 */
@ApplicationScoped
public class CommitmentLetterReport {

    @Inject
    ReportRenderer renderer;

    public void write(List<LetterItem> items, int year, OutputStream out) {
        boolean collective = !items.isEmpty() && items.get(0).collective();
        Map<String, Object> parameters = Map.of(
                "TITLE", year + (collective ? "年度党组织公开承诺书" : "年度共产党员公开承诺书"),
                "PLEDGE", collective
                        ? "我们郑重承诺：认真履行以上承诺，按季度向党员群众报告践诺情况，自觉接受上级党组织和党员群众监督。"
                        : "我郑重承诺：认真履行以上承诺，每月记实践诺情况，自觉接受党组织和群众监督。",
                "SIGNATURE_LINE", collective ? "党组织书记（签名）：" : "承诺人（签名）：",
                "SEAL_LINE", "审核党组织（盖章）：",
                "DATE_LINE", "年　　月　　日");
        renderer.render(ReportTemplate.COMMITMENT_LETTER, parameters, new RecordDataSource(rows(items).iterator()),
                ReportFormat.PDF, out);
    }

    /** One 承诺卡 per owner, for the desk or the household plate. */
    public void writeCards(List<LetterItem> items, int year, OutputStream out) {
        boolean collective = !items.isEmpty() && items.get(0).collective();
        Map<String, Object> parameters = Map.of(
                "TITLE", year + (collective ? "年度党组织承诺卡" : "年度共产党员承诺卡"),
                "SIGNATURE_LABEL", collective ? "党组织书记（签名）：" : "承诺人（签名）：",
                "FOOTER", "欢迎党员群众监督");
        renderer.render(ReportTemplate.COMMITMENT_CARD, parameters, new RecordDataSource(rows(items).iterator()),
                ReportFormat.PDF, out);
    }

    private static List<CommitmentLetterRow> rows(List<LetterItem> items) {
        List<CommitmentLetterRow> rows = new ArrayList<>();
        String owner = null;
        int number = 0;
        QrCode ownerPage = null;
        for (LetterItem item : items) {
            boolean sameOwner = item.ownerKey().equals(owner);
            number = sameOwner ? number + 1 : 1;
            ownerPage = sameOwner ? ownerPage : QrCode.of(item.boardPage());
            owner = item.ownerKey();
            String ownerLine = item.collective()
                    ? "承诺党组织：" + item.ownerName()
                    : "承诺人：" + item.ownerName() + "　所在党组织：" + item.ownerUnitName();
            rows.add(new CommitmentLetterRow(item.ownerKey(), ownerLine, "审核党组织：" + item.reviewerName(), number,
                    item.category(), item.content(), item.measures(), item.dueDate().toString(),
                    item.status() == CommitmentStatus.REGISTERED ? "已备案" : "已公开", ownerPage));
        }
        return rows;
    }
}
