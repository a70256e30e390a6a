package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StarListTemplateTest {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void eachBranchListsItsMembersStarsAndClosesWithItsCounts() throws IOException {
        String text = pdf(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("2026年度农村党员星级名单"), text);
        assertTrue(text.contains("东岭村党支部") && text.contains("西岭村党支部"), text);
        assertTrue(text.contains("王秀英") && text.contains("9/10") && text.contains("★★"), text);
        assertTrue(text.contains("本支部2人，七一表彰1人，后进1人"), text);
        assertTrue(text.contains("本支部1人，七一表彰0人，后进0人"), text);
        assertTrue(text.contains("结果运用"), text);
    }

    @Test
    void theLabelsFollowTheReadersLanguage() throws IOException {
        assertTrue(pdf(Locale.ENGLISH).contains("Follow-up"));
    }

    private String pdf(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<StarListRow> rows = List.of(
                new StarListRow(1, "东岭村党支部", 1, "王秀英", "在村务农党员（10 星）", "★★", "★★", "★★", "★★", "★",
                        "9 / 10", "七一表彰 · 后备干部", 1, 0),
                new StarListRow(1, "东岭村党支部", 2, "赵大勇", "在村务农党员（10 星）", "★", "★", "—", "—", "★",
                        "3 / 10", "后进 · 帮扶人 王秀英", 0, 1),
                new StarListRow(2, "西岭村党支部", 1, "李建国", "外出务工党员（6 星）", "★", "★", "★", "—", "—",
                        "3 / 6", "", 0, 0));
        renderer.render(ReportTemplate.STAR_LIST, ReportLabels.parameters(locale, Map.of(
                "TITLE", "2026 年度农村党员星级名单",
                "SUBTITLE", "城关镇党委",
                "LEGEND", "七一表彰：10 星上限 9 星及以上，6 星上限 5 星及以上",
                "BRANCH_TOTAL", "本支部 {0} 人，七一表彰 {1} 人，后进 {2} 人",
                "ASPECTS", List.of("思想政治", "遵纪守法", "文明新风", "联户服务", "岗位奉献"))),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "font must be embedded");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
