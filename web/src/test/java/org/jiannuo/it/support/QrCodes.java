package org.jiannuo.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a printed QR code off a rendered PDF page, as a phone's camera would. */
public final class QrCodes {

    private static final Map<DecodeHintType, Object> TRY_HARDER = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

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

    /** The texts of every QR code on the document's first page (a sheet of slips), rendered at 200 dpi. */
    public static List<String> allOnFirstPage(PDDocument document) throws Exception {
        return Arrays.stream(new QRCodeMultiReader().decodeMultiple(firstPage(document, 200), TRY_HARDER))
                .map(Result::getText).toList();
    }

    private static String read(PDDocument document, int dpi) throws Exception {
        return new QRCodeReader().decode(firstPage(document, dpi), TRY_HARDER).getText();
    }

    private static BinaryBitmap firstPage(PDDocument document, int dpi) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
    }
}
