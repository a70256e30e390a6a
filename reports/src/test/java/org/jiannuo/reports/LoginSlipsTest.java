package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginSlipsTest {

    private static final String LOGIN = "https://jiannuo.example.gov.cn/login.xhtml?tenant=demo";
    private static final String OTHER_LOGIN = "https://jiannuo.example.gov.cn/login.xhtml?tenant=qingshan";
    private static final String LONG_UNIT = "青山县委/城关镇党委/东岭村党总支/第一党支部/第三党小组（驻外流动党员）";

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void everySlipCarriesNameUnitUsernameAndPasswordInChinese() throws IOException {
        List<LoginSlipRow> rows = slips(10);

        try (PDDocument document = Loader.loadPDF(render(rows, Locale.SIMPLIFIED_CHINESE))) {
            assertEquals(2, document.getNumberOfPages(), "eight slips a page");
            String text = new PDFTextStripper().getText(document);
            String joined = text.replaceAll("\\s", "");
            for (LoginSlipRow row : rows) {
                assertTrue(text.contains(row.name()), row.name() + " in " + text);
                assertTrue(text.contains(row.username()), row.username());
                assertTrue(text.contains(row.password()), row.password());
            }
            assertTrue(joined.contains(LONG_UNIT.replaceAll("\\s", "")), "the long unit wraps but is whole: " + text);
            assertTrue(joined.contains("登录凭条") && joined.contains("临时密码") && joined.contains("首次登录须修改密码"), text);
            assertTrue(text.contains(LOGIN), "the address in words under the code");
        }
    }

    @Test
    void labelsFollowTheReadersLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(slips(1), Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Login slip") && text.contains("Username") && text.contains("One-time"), text);
            assertTrue(!text.contains("登录凭条"), text);
        }
    }

    @Test
    void eachSlipsQrCodeReadsBackAsItsLoginAddress() throws Exception {
        List<LoginSlipRow> rows = slips(8);
        byte[] pdf = render(rows, Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = SlipSheets.page(document, 0);
            // Left in the build folder for a person to look at.
            Files.write(Path.of("target", "login-slips-sample.pdf"), pdf);
            ImageIO.write(page, "png", Path.of("target", "login-slips-sample.png").toFile());
            for (int slip = 0; slip < rows.size(); slip++) {
                assertEquals(rows.get(slip).loginUrl(), SlipSheets.qrText(page, slip), "slip " + (slip + 1));
            }
            assertEquals(OTHER_LOGIN, rows.get(3).loginUrl(), "one slip has an address of its own");
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                assertTrue(!(document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject),
                        "the QR codes are vector shapes, not scaled bitmaps");
            }
        }
    }

    @Test
    void aCommitteeOfFifteenHundredRendersInBoundedMemory(@TempDir Path folder) throws IOException {
        int people = 1500;
        Path pdf = folder.resolve("slips.pdf");
        QrCode login = QrCode.of(LOGIN);
        Iterator<LoginSlipRow> rows = new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < people;
            }

            @Override
            public LoginSlipRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return new LoginSlipRow("青山县委组织部", "党员" + made, LONG_UNIT, "demo", "user" + made,
                        "K7Q4-M9XT-" + made, login);
            }
        };
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(pdf)) {
            // Five pages in memory: the rest must go to the swap file for the report to be complete.
            new ReportRenderer(folder, 5).render(ReportTemplate.LOGIN_SLIPS, ReportLabels.parameters(Locale.CHINA),
                    new RecordDataSource(rows), ReportFormat.PDF, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = Files.size(pdf);
        System.out.printf("LOGIN SLIPS BENCHMARK: %d slips, %d ms, %d bytes (%.1f MB), max heap %d MB%n", people,
                millis, bytes, bytes / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(188, document.getNumberOfPages(), "1,500 slips, eight a page");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(188);
            last.setEndPage(188);
            assertTrue(last.getText(document).contains("user1500"));
        }
        try (var swapFiles = Files.list(folder)) {
            assertEquals(List.of(pdf), swapFiles.toList(), "the swap file is gone");
        }
    }

    private byte[] render(List<LoginSlipRow> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.LOGIN_SLIPS, ReportLabels.parameters(locale),
                new RecordDataSource(rows.iterator()), ReportFormat.PDF, out);
        return out.toByteArray();
    }

    private static List<LoginSlipRow> slips(int count) {
        QrCode login = QrCode.of(LOGIN);
        QrCode other = QrCode.of(OTHER_LOGIN);
        String[] names = {"王秀英", "李建国", "欧阳明月", "张伟", "陈静", "刘洋", "赵敏", "孙丽", "周杰", "吴芳"};
        String[] passwords = {"K7Q4-M9XT-2PWA", "R3HN-8CVZ-Q6EY", "TW9D-4KMB-X7FS", "B8XE-PZ3Q-MR5N",
            "G2VU-H6KW-9ZAC", "DNAR-5QYT-3HMG", "XS4P-7BDF-WK2E", "MH8C-ZR6V-4TQJ", "Y5EG-KX9N-CP3B",
            "UF7W-2MHS-RD6K"};
        List<LoginSlipRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unit = i == 0 ? LONG_UNIT : "青山县委/城关镇党委/第" + (i + 1) + "党支部";
            rows.add(new LoginSlipRow("青山县委组织部（演示）", names[i], unit, "demo", i == 2 ? "ouyangmingyue2026"
                    : "user" + (i + 1), passwords[i], i == 3 ? other : login));
        }
        return rows;
    }
}
