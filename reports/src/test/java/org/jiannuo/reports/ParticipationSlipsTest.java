package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ParticipationSlipsTest {

    private static final String[] CODES = {"H4QK-7MZT", "W2NB-9XCF", "P6RA-3DVE", "T8JS-5GYU", "C3LM-2QWZ",
        "R9EX-6HNK", "Y7BD-4SPA", "M5FU-8TJC", "K2GV-7RWN"};

    @Test
    void eachSlipCarriesItsOwnCodeAndQrCodeAndNoName() throws Exception {
        List<ParticipationSlipRow> rows = new ArrayList<>();
        for (String code : CODES) {
            rows.add(new ParticipationSlipRow("东岭村党支部", "2026年11月组织生活会 党员民主测评", code,
                    QrCode.of("https://jiannuo.example.gov.cn/vote.xhtml?tenant=demo&code=" + code)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportTemplate.PARTICIPATION_SLIPS, ReportLabels.parameters(Locale.CHINA),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);

        Files.write(Path.of("target", "participation-slips-sample.pdf"), out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "nine slips, eight a page");
            String text = new PDFTextStripper().getText(document);
            for (String code : CODES) {
                assertTrue(text.contains(code), code);
            }
            String joined = text.replaceAll("\\s", "");
            assertTrue(joined.contains("参与码") && joined.contains("党员民主测评") && joined.contains("用后作废"), text);
            BufferedImage page = SlipSheets.page(document, 0);
            ImageIO.write(page, "png", Path.of("target", "participation-slips-sample.png").toFile());
            for (int slip = 0; slip < 8; slip++) {
                assertEquals(rows.get(slip).url(), SlipSheets.qrText(page, slip), "slip " + (slip + 1));
            }
            assertEquals(rows.get(8).url(), SlipSheets.qrText(SlipSheets.page(document, 1), 0));
        }
    }
}
