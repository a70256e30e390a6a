package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer();

    private final List<OrganizationOverviewRow> rows = List.of(
            new OrganizationOverviewRow("青山县直机关工委", 5, 80, 4, 6, 12),
            new OrganizationOverviewRow("城关镇党委", 5, 90, 6, 8, 0));

    @Test
    void pdfCarriesChineseTextWithTheEmbeddedFont() throws IOException {
        byte[] pdf = render(rows, ReportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("青山县委组织部党组织与党员概况"), text);
            assertTrue(text.contains("城关镇党委"), text);
            assertTrue(text.contains("入党积极分子"), text);
            assertTrue(text.contains("102"), "row total of 80+4+6+12: " + text);
            assertTrue(text.contains("206"), "grand total: " + text);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("NotoSansCJKsc"), font.getName());
            assertTrue(font.isEmbedded(), "font must be embedded");
        }
    }

    @Test
    void embeddedFontCoversTheGradeSymbols() throws IOException {
        byte[] pdf = render(List.of(new OrganizationOverviewRow("先锋★ 合格☆ 基本合格○ 后进△", 1, 1, 0, 0, 0)),
                ReportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("先锋★ 合格☆ 基本合格○ 后进△"));
        }
    }

    @Test
    void xlsxIsACompleteWorkbook() throws IOException {
        byte[] xlsx = render(rows, ReportFormat.XLSX);

        boolean hasSheet = false;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                hasSheet |= entry.getName().startsWith("xl/worksheets/sheet");
            }
        }
        assertTrue(hasSheet, "workbook has a worksheet");
        assertEquals('P', (char) xlsx[0]);
    }

    private byte[] render(List<OrganizationOverviewRow> data, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.ORGANIZATION_OVERVIEW,
                Map.of("TITLE", "青山县委组织部党组织与党员概况", "SUBTITLE", "2026年11月21日"),
                new RecordDataSource(data.iterator()), format, out);
        return out.toByteArray();
    }
}
