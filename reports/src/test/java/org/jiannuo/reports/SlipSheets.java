package org.jiannuo.reports;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the slips of a rendered sheet back: the page as an image, and the QR code of each slip on it. */
final class SlipSheets {

    /** The sheet's grid, in points: left and top margin, slip width and height (two across, four down). */
    private static final int LEFT = 20;
    private static final int TOP = 21;
    private static final int SLIP_WIDTH = 277;
    private static final int SLIP_HEIGHT = 200;
    static final float DPI = 200;

    private SlipSheets() {
    }

    static BufferedImage page(PDDocument document, int index) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(index, DPI);
    }

    /** The text of the QR code of one slip (0 to 7) of a page, cut out along the slip's cut lines. */
    static String qrText(BufferedImage page, int slip) throws Exception {
        double scale = DPI / 72;
        int x = (int) Math.round((LEFT + (slip % 2) * SLIP_WIDTH) * scale);
        int y = (int) Math.round((TOP + (slip / 2) * SLIP_HEIGHT) * scale);
        BufferedImage cell = page.getSubimage(x, y, (int) (SLIP_WIDTH * scale), (int) (SLIP_HEIGHT * scale));
        int[] pixels = cell.getRGB(0, 0, cell.getWidth(), cell.getHeight(), null, 0, cell.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(cell.getWidth(), cell.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return "(no QR code found)";
        }
    }
}
