package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void aLoginAddressFitsASmallCodeAndReadsBackExactly() throws Exception {
        String url = "https://jiannuo.example.gov.cn/login.xhtml?tenant=qingshan-county";
        QrCode code = QrCode.of(url);

        assertEquals(url, read(code));
        assertEquals(url, code.text());
        assertEquals(37, code.modules(), "version 5 at error correction M, 45 modules with the quiet zone");
    }

    @Test
    void textBeyondLatin1IsEncodedAsUtf8() throws Exception {
        String text = "https://jiannuo.example.gov.cn/vote.xhtml?unit=东岭村党支部";

        assertEquals(text, read(QrCode.of(text)));
    }

    @Test
    void anEmptyTextIsNoCode() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.of(""));
        assertThrows(IllegalArgumentException.class, () -> QrCode.of("x".repeat(3000)), "beyond version 40");
    }

    /** Draws the code into a box that is not square, as a report may, and reads it with ZXing. */
    private static String read(QrCode code) throws Exception {
        BufferedImage image = new BufferedImage(300, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.LIGHT_GRAY);
        graphics.fillRect(0, 0, 300, 240);
        code.render(null, graphics, new Rectangle2D.Double(10, 10, 280, 220));
        graphics.dispose();
        int[] pixels = image.getRGB(0, 0, 300, 240, null, 0, 300);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(300, 240, pixels)))).getText();
    }
}
