package org.jiannuo.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a printed QR code off a rendered PDF page, as a phone's camera would. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * The text of the QR code on the document's first page: rendered at 150 dpi first, then closer, at 300 dpi, as a
     * phone held nearer. At 150 dpi zxing once found no code in a poster whose random keys gave a denser pattern.
     */
    public static String onFirstPage(PDDocument document) throws Exception {
        try {
            return read(document, 150);
        } catch (NotFoundException farAway) {
            return read(document, 300);
        }
    }

    private static String read(PDDocument document, int dpi) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                page.getWidth(), page.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
