package org.jiannuo.reports;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageAwareRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A QR code (error correction M) drawn as vector shapes into the image box of a report, so that it is sharp at
 * any size and on any printer: the PDF carries the modules as one filled path, not a scaled bitmap. The quiet
 * zone of four modules that readers need is part of the drawing. Serializable, so a virtualized fill can swap
 * the pages that carry it to disk. One instance may be put in many rows (every slip of a tenant shows the same
 * login address).
 */
public final class QrCode extends AbstractRenderToImageAwareRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    /** The white border the QR specification asks for, in modules. */
    static final int QUIET_ZONE = 4;

    private final String text;
    private final int modules;
    private final BitSet dark;

    private QrCode(String text, int modules, BitSet dark) {
        this.text = text;
        this.modules = modules;
        this.dark = dark;
    }

    /**
     * Encodes text exactly as given: as ISO-8859-1 without an ECI marker when it is plain ASCII or Latin-1
     * (every reader understands that), otherwise as UTF-8.
     */
    public static QrCode of(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        Map<EncodeHintType, Object> hints = StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)
                ? Map.of()
                : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", e);
        }
        int size = matrix.getWidth();
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y) == 1) {
                    dark.set(y * size + x);
                }
            }
        }
        return new QrCode(text, size, dark);
    }

    /** What the code says. */
    public String text() {
        return text;
    }

    /** Modules per side, without the quiet zone. */
    public int modules() {
        return modules;
    }

    /**
     * Draws the code as large as fits the box, centred, on a white square. Each row's runs of dark modules
     * become rectangles of one path filled once, so no hairline seams show between neighbouring modules.
     */
    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D box) {
        int total = modules + 2 * QUIET_ZONE;
        double side = Math.min(box.getWidth(), box.getHeight());
        double module = side / total;
        double left = box.getX() + (box.getWidth() - side) / 2;
        double top = box.getY() + (box.getHeight() - side) / 2;
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (!dark.get(y * modules + x)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && dark.get(y * modules + x)) {
                    x++;
                }
                path.append(new Rectangle2D.Double(left + (QUIET_ZONE + start) * module,
                        top + (QUIET_ZONE + y) * module, (x - start) * module, module), false);
            }
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(left, top, side, side));
            g.setColor(Color.BLACK);
            g.fill(path);
        } finally {
            g.dispose();
        }
    }
}
