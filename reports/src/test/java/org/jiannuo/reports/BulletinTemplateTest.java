package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BulletinTemplateTest {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void theSectionsFollowTheTitleInTheEmbeddedFont() throws IOException {
        List<BulletinSectionRow> rows = List.of(
                new BulletinSectionRow("一、总体情况", "上半年共承诺 12 项，已销号 5 项，其中按期 4 项；逾期 2 项。"),
                new BulletinSectionRow("二、表扬先进", "张三：先锋★ 5 个月"),
                new BulletinSectionRow("三、督促后进", "李四：后进△ 1 个月，逾期 1 项"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.render(ReportTemplate.BULLETIN, Map.of("TITLE", "东岭村党支部 2026 年上半年践诺情况通报",
                "SUBTITLE", "已发布 2026-07-05", "FOOTER", "中共东岭村支部委员会"),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("东岭村党支部2026年上半年践诺情况通报"), text);
            assertTrue(text.contains("上半年共承诺12项，已销号5项"), text);
            assertTrue(text.contains("张三：先锋★5个月"), text);
            assertTrue(text.contains("中共东岭村支部委员会"), text);
            assertTrue(text.contains("第1页，共1页"), text);
            assertEquals(1, document.getNumberOfPages());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "font must be embedded");
        }
    }
}
