package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BoardPosterTest {

    @Test
    void aPosterCarriesTheUnitItsPhoneAndAReadableQrCodeOfItsPage() throws Exception {
        String url = "https://jiannuo.example.gov.cn/board/u/7Hq2xK9mVb3nPc4R";
        List<BoardPosterRow> rows = List.of(new BoardPosterRow("东岭村党支部", "0371-6288 1234", QrCode.of(url)),
                new BoardPosterRow("西岭村党支部", null, QrCode.of(url + "x")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer().render(ReportTemplate.BOARD_POSTER, ReportLabels.parameters(Locale.SIMPLIFIED_CHINESE), new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);

        Files.write(Path.of("target", "board-poster-sample.pdf"), out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "one poster a page");
            String first = text(document, 1);
            assertTrue(first.contains("东岭村党支部") && first.contains("0371-62881234") && first.contains("党务公开栏")
                    && first.contains(url.replace("/", "")), first);
            assertTrue(text(document, 2).contains("（请向党组织询问）"), "a unit without a phone says so");
            BufferedImage page = SlipSheets.page(document, 0);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                    page.getWidth(), page.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals(url, decoded);
        }
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s", "").replace("/", "");
    }
}
