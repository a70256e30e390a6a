package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AnnualSummaryTemplateTest {

    private static final Map<String, Object> PARAMETERS = Map.of("TITLE", "城关镇党委 2026 年度考核汇总",
            "SCOPE", "范围：城关镇党委及下级组织", "GENERATED", "生成时间：2027-01-05 09:00",
            "FIGURES", "城关镇党委：3 人；每月星级 ★4 ☆26 ○5 △1\n第一支部：2 人；每月星级 ★4 ☆16 ○3 △1");

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void eachPersonsYearFollowsTheDistributionsInTheEmbeddedFont() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(render(ReportFormat.PDF))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames()
                    .iterator().next()).isEmbedded(), "font must be embedded");
        }
        assertTrue(text.contains("城关镇党委2026年度考核汇总"), text);
        assertTrue(text.contains("第一支部：2人；每月星级★4☆16○3△1"), "a line per unit: " + text);
        assertTrue(text.contains("先锋★合格☆基本合格○后进△年终评议"), "the heading: " + text);
        assertTrue(text.contains("1第一支部张伟4710优秀3200"), "the first person's row: " + text);
        assertTrue(text.contains("3第二支部王芳09300000未承诺、未评议"), "gaps in words: " + text);
    }

    @Test
    void theSpreadsheetHasTheLinesOnTopOneHeadingAndARowPerPerson() throws IOException {
        String sheet;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(render(ReportFormat.XLSX)))) {
            sheet = "";
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(3 + 1 + 3, sheet.split("<row ", -1).length - 1, "three lines on top, the heading, the people");
        assertEquals(13, sheet.split("<col ", -1).length - 1, "one sheet column per table column");
    }

    private byte[] render(ReportFormat format) {
        List<AnnualSummaryRow> rows = List.of(
                new AnnualSummaryRow(1, "第一支部", "张伟", 4, 7, 1, 0, "优秀", 3, 2, 0, 0, ""),
                new AnnualSummaryRow(2, "第一支部", "李娜", 0, 9, 2, 1, "合格", 2, 1, 1, 1, ""),
                new AnnualSummaryRow(3, "第二支部", "王芳", 0, 9, 3, 0, "", 0, 0, 0, 0, "未承诺、未评议"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.ANNUAL_SUMMARY, PARAMETERS, new RecordDataSource(rows.iterator()), format, out);
        return out.toByteArray();
    }
}
