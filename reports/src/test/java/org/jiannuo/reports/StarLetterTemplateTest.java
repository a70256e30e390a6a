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

class StarLetterTemplateTest {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void theLetterNamesTheMemberAndDrawsTheTargetsAsStars() throws IOException {
        String text = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("东岭村党支部2026年农村党员创星目标责任书"), text);
        assertTrue(text.contains("党员：王秀英"), text);
        assertTrue(text.contains("思想政治"), text);
        assertTrue(text.contains("★★☆"), text);
        assertTrue(text.contains("★☆☆"), text);
        assertTrue(text.contains("目标：7星★★★★★★★"), text);
        assertTrue(text.contains("党支部书记（签字）："), text);
        assertTrue(text.contains("党员（签字）："), text);
        assertTrue(text.contains("技术示范岗"), text);
    }

    @Test
    void theLabelsFollowTheReadersLanguage() throws IOException {
        String text = render(Locale.ENGLISH);
        assertTrue(text.contains("Targetstars"), text);
        assertTrue(text.contains("Branchsecretary(signature):"), text);
    }

    private String render(Locale locale) throws IOException {
        List<StarLetterRow> rows = List.of(
                new StarLetterRow("思想政治", "认真学习党章，遵守党章", "★★☆"),
                new StarLetterRow("遵纪守法", "带头遵守国家法律法规", "★☆☆"),
                new StarLetterRow("文明新风", "带头遵守社会公德", "★★"),
                new StarLetterRow("联户服务", "联系1至2户群众", "★☆"),
                new StarLetterRow("岗位奉献", "至少认领1个岗位", "★☆"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.STAR_LETTER, ReportLabels.parameters(locale, Map.of(
                "TITLE", "东岭村党支部 2026 年农村党员创星目标责任书",
                "MEMBER_LINE", "党员：王秀英　类别：在村务农党员　星级上限：10 星",
                "TOTAL_LINE", "目标：7 星 ★★★★★★★",
                "MEASURES", "每月走访联系户两次",
                "POSTS", "技术示范岗：推广大棚蔬菜种植",
                "PLEDGE", "我自愿参加创星活动，接受党组织和群众监督。",
                "SIGNED_LINE", "2026-03-01")),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "font must be embedded");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
