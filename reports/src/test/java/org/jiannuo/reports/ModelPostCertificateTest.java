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

class ModelPostCertificateTest {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void onePagePerCertificateWithTheHolderTheCitationTheIssuerAndTheDateInAnEmbeddedFont() throws IOException {
        List<ModelPostCertificateRow> rows = List.of(
                new ModelPostCertificateRow("党员示范岗", "王秀英同志：",
                        "你在东岭村党支部2026年度承诺践诺评诺中被评为优秀，特确定为党员示范岗。", "便民服务示范岗",
                        "中共东岭镇委员会", "2027年1月20日"),
                new ModelPostCertificateRow("Party Member Model Post", "Comrade Li Ming:",
                        "Rated excellent in the 2026 year-end evaluation of West River Branch.", "Service Window Post",
                        "West River Branch", "20 January 2027"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.MODEL_POST_CERTIFICATE, Map.of(), new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "font must be embedded");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String expected : List.of("党员示范岗", "王秀英同志：", "东岭村党支部2026年度", "便民服务示范岗",
                    "中共东岭镇委员会", "2027年1月20日", "ComradeLiMing:", "WestRiverBranch")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }
}
