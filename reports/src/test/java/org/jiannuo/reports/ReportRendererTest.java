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

    @Test
    void eachOwnerGetsALetterOfItsOwnReadyToSign() throws IOException {
        List<CommitmentLetterRow> letters = List.of(
                new CommitmentLetterRow("P1", "承诺人：王秀英　所在党组织：东岭村党支部", "审核党组织：东岭村党支部", 1, "学习",
                        "系统学习党的二十大报告并写三篇心得", "每月集中学习一次并记录", "2026-12-31", "已公开"),
                new CommitmentLetterRow("P1", "承诺人：王秀英　所在党组织：东岭村党支部", "审核党组织：东岭村党支部", 2, "服务",
                        "为本村独居老人每月上门服务一次", "建立联系户台账", "2026-12-31", "已公开"),
                new CommitmentLetterRow("P2", "承诺人：李建国　所在党组织：东岭村党支部", "审核党组织：东岭村党支部", 1, "工作",
                        "带头完成村集体经济增收任务", "领办合作社并按季度公开账目", "2026-11-30", "已备案"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.COMMITMENT_LETTER, Map.of("TITLE", "2026年度共产党员公开承诺书",
                "PLEDGE", "我郑重承诺：认真履行以上承诺，自觉接受组织和群众监督。", "SIGNATURE_LINE", "承诺人（签名）：",
                "SEAL_LINE", "审核党组织（盖章）：", "DATE_LINE", "年　　月　　日"),
                new RecordDataSource(letters.iterator()), ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "one letter per member");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // Long cells wrap: compare the text without line breaks.
            String first = stripper.getText(document).replaceAll("\\s", "");
            assertTrue(first.contains("王秀英") && !first.contains("李建国"), first);
            assertTrue(first.contains("系统学习党的二十大报告并写三篇心得"), first);
            assertTrue(first.contains("为本村独居老人每月上门服务一次"), first);
            assertTrue(first.contains("审核党组织（盖章）"), first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).replaceAll("\\s", "").contains("带头完成村集体经济增收任务"));
        }
    }

    private byte[] render(List<OrganizationOverviewRow> data, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.ORGANIZATION_OVERVIEW,
                Map.of("TITLE", "青山县委组织部党组织与党员概况", "SUBTITLE", "2026年11月21日"),
                new RecordDataSource(data.iterator()), format, out);
        return out.toByteArray();
    }
}
