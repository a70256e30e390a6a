package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ParticipationSlipsTest {

    @Test
    void theQrCodeReadsBackAsTheAddressWithTheCode() throws Exception {
        String url = "https://jiannuo.example/ballot.xhtml?t=demo&o=51&code=ABCD-EFGH-JKLM-NPQR";
        BufferedImage image = QrCodes.of(url, 240);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals(url, read);
    }

    @Test
    void eightSlipsToAPageEachWithItsCodeAndQrCode() throws Exception {
        List<ParticipationSlipRow> rows = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "CODE-" + i + "AAA-BBBB-CCCC")
                .map(code -> new ParticipationSlipRow(code, "https://jiannuo.example/ballot.xhtml?t=demo&o=51&code=" + code,
                        QrCodes.of(code, 200)))
                .toList();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportTemplate.PARTICIPATION_SLIPS, Map.of("TITLE", "群众满意度测评",
                "UNIT", "东岭村党支部", "CODE_LABEL", "参与码", "HINT", "扫码或打开网址，输入参与码投票。此码只能使用一次，不记名。"),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "eight slips on the first page, the ninth on the second");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("群众满意度测评") && text.contains("东岭村党支部") && text.contains("参与码"), text);
            for (ParticipationSlipRow row : rows) {
                assertTrue(text.contains(row.code()), row.code() + " in " + text);
            }
            assertEquals(8, images(document.getPage(0)), "a QR code on every slip");
        }
    }

    private static int images(PDPage page) throws Exception {
        int count = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }
}
