package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class StarBulletinTemplateTest {

    private static final List<String> ASPECTS = List.of("思想政治", "遵纪守法", "文明新风", "联户服务", "岗位奉献");

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void eachBranchHasItsMeetingItsMembersStarsAndItsProblems() throws IOException {
        String text = pdf(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("2026年第三季度农村党员星级通报"), text);
        assertTrue(text.contains("东岭村党支部") && text.contains("西岭村党支部"), text);
        assertTrue(text.contains("王秀英") && text.contains("李建国"), text);
        assertTrue(text.contains("★★·3篇"), text);
        assertTrue(text.contains("存在问题：联户走访偏少"), text);
        assertTrue(text.contains("改进建议：每月固定走访日"), text);
        assertTrue(text.contains("思想政治") && text.contains("进展点评"), text);
    }

    @Test
    void theLabelsFollowTheReadersLanguage() throws IOException {
        assertTrue(pdf(Locale.ENGLISH).contains("Problems:"));
    }

    private String pdf(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(locale, ReportFormat.PDF, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "font must be embedded");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private void render(Locale locale, ReportFormat format, ByteArrayOutputStream out) {
        List<StarBulletinRow> rows = List.of(
                new StarBulletinRow(1, "东岭村党支部", "通报会：2026-10-08，参加 12 人", "联户走访偏少", "每月固定走访日", 1,
                        "王秀英", "在村务农党员（10 星）", "★★ · 3 篇", "★★", "★", "★★ · 5 篇", "★ · 1 篇", "8 / 10", "学习积极"),
                new StarBulletinRow(2, "西岭村党支部", "通报会：2026-10-09，参加 8 人", "", "", 1,
                        "李建国", "外出务工党员（6 星）", "★ · 0 篇", "★", "★", "—", "—", "3 / 6", ""));
        renderer.render(ReportTemplate.STAR_BULLETIN, ReportLabels.parameters(locale, Map.of(
                "TITLE", "2026 年第三季度农村党员星级通报",
                "SUBTITLE", "城关镇党委 · 已发布",
                "LEGEND", "★ 目标星级；“篇”为纪实手册中本年至季度末的记录",
                "ASPECTS", ASPECTS)),
                new RecordDataSource(rows.iterator()), format, out);
    }
}
