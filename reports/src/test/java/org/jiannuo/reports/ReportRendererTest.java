package org.jiannuo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {

    private static final QrCode WANG_PAGE = QrCode.of("https://jiannuo.example.gov.cn/board/person.xhtml?t=T1&p=wang");
    private static final QrCode LI_PAGE = QrCode.of("https://jiannuo.example.gov.cn/board/person.xhtml?t=T1&p=li");

    private final ReportRenderer renderer = new ReportRenderer();

    private final List<OrganizationOverviewRow> rows = List.of(
            new OrganizationOverviewRow("青山县直机关工委", 5, 80, 4, 6, 12),
            new OrganizationOverviewRow("城关镇党委", 5, 90, 6, 8, 0));

    /** A leader's remark (点评) long enough to wrap in its cell. */
    private static final String LONG_REMARK = "对党忠诚，积极参加组织生活，带头完成村集体经济增收任务，"
            + "在防汛救灾中冲锋在前，群众评价高，发挥了先锋模范作用，建议继续保持并带动身边党员共同进步";

    @Test
    void pdfCarriesChineseTextWithTheEmbeddedFont() throws IOException {
        byte[] pdf = render(rows, ReportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("青山县委组织部党组织与党员概况"), text);
            assertTrue(text.contains("城关镇党委"), text);
            assertTrue(text.contains("入党积极分子"), text);
            assertTrue(text.contains("102"), "row total of 80+4+6+12: " + text);
            assertTrue(text.contains("206"), "grand total: " + text);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("NotoSansCJKsc"), font.getName());
            assertTrue(font.isEmbedded(), "font must be embedded");
        }
    }

    @Test
    void labelsFollowTheReadersLanguage() throws IOException {
        Map<String, Object> parameters = ReportLabels.parameters(Locale.ENGLISH,
                Map.of("TITLE", "Qingshan: organizations and members overview", "SUBTITLE", "2026-11-21"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.ORGANIZATION_OVERVIEW, parameters, new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Probation") && text.contains("Activists") && text.contains("Non-party"),
                    "headings: " + text);
            assertTrue(text.contains("Page 1"), "footer: " + text);
            assertTrue(!text.contains("入党积极分子") && !text.contains("总计"), "no Chinese label: " + text);
            assertTrue(text.contains("城关镇党委"), "the data stays as it is: " + text);
        }
        ByteArrayOutputStream englishOut = new ByteArrayOutputStream();
        Map<String, Object> english = ReportLabels.parameters(Locale.ENGLISH,
                Map.of("TITLE", "Public commitment letter of a party member, 2026"));
        renderer.render(ReportTemplate.COMMITMENT_LETTER, english, new RecordDataSource(List.of(new CommitmentLetterRow(
                "p1", "Member: 王秀英", "Reviewed by: 东岭村党支部", 1, "学习", "读书", "每月一本", "2026-12-31",
                "Published", WANG_PAGE)).iterator()), ReportFormat.PDF, englishOut);
        try (PDDocument document = Loader.loadPDF(englishOut.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Commitment") && text.contains("Measures") && text.contains("Due"), text);
            assertTrue(!text.contains("承诺内容") && !text.contains("践诺措施"), text);
        }
    }

    @Test
    void embeddedFontCoversTheGradeSymbols() throws IOException {
        byte[] pdf = render(List.of(new OrganizationOverviewRow("先锋★ 合格☆ 基本合格○ 后进△", 1, 1, 0, 0, 0)),
                ReportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("先锋★ 合格☆ 基本合格○ 后进△"));
        }
    }

    @Test
    void xlsxIsACompleteWorkbook() throws IOException {
        byte[] xlsx = render(rows, ReportFormat.XLSX);

        boolean hasSheet = false;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                hasSheet |= entry.getName().startsWith("xl/worksheets/sheet");
            }
        }
        assertTrue(hasSheet, "workbook has a worksheet");
        assertEquals('P', (char) xlsx[0]);
    }

    @Test
    void eachOwnerGetsALetterOfItsOwnReadyToSign() throws IOException {
        List<CommitmentLetterRow> letters = twoOwnersItems();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.COMMITMENT_LETTER, Map.of("TITLE", "2026年度共产党员公开承诺书",
                "PLEDGE", "我郑重承诺：认真履行以上承诺，自觉接受组织和群众监督。", "SIGNATURE_LINE", "承诺人（签名）：",
                "SEAL_LINE", "审核党组织（盖章）：", "DATE_LINE", "年　　月　　日"),
                new RecordDataSource(letters.iterator()), ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "one letter per member");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // Long cells wrap: compare the text without line breaks.
            String first = stripper.getText(document).replaceAll("\\s", "");
            assertTrue(first.contains("王秀英") && !first.contains("李建国"), first);
            assertTrue(first.contains("系统学习党的二十大报告并写三篇心得"), first);
            assertTrue(first.contains("为本村独居老人每月上门服务一次"), first);
            assertTrue(first.contains("审核党组织（盖章）"), first);
            assertTrue(first.contains(WANG_PAGE.text()), "the owner's page is printed under its QR code: " + first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s", "");
            assertTrue(second.contains("带头完成村集体经济增收任务"));
            assertTrue(second.contains(LI_PAGE.text()), second);
        }
    }

    @Test
    void ledgerRepeatsItsColumnHeadingOnEveryPage() throws IOException {
        byte[] pdf = renderLedger(renderer, ledger(200), Map.of(), ReportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "200 rows fill several pages: " + pages);
            String first = pageText(document, 1);
            assertTrue(first.contains("城关镇党委2026年度践诺台账"), first);
            assertTrue(first.contains("共1,234项，逾期56项"), first);
            assertTrue(first.contains("状态：进行中"), "filter line: " + first);
            assertTrue(first.contains(content(1)), "a long content wraps but is whole: " + first);
            assertTrue(first.contains("第1页，共" + pages + "页"), first);
            String second = pageText(document, 2);
            for (String label : List.of("序号", "党组织", "承诺内容", "践诺措施", "最近记实", "整改")) {
                assertTrue(second.contains(label), "heading " + label + " on page 2: " + second);
            }
            assertTrue(!second.contains("城关镇党委2026年度践诺台账"), "the title only opens the ledger");
            assertTrue(second.contains("第2页，共" + pages + "页"), second);
            assertTrue(pageText(document, pages).contains(content(200)), "the last row is on the last page");
        }
    }

    @Test
    void ledgerExportsToASpreadsheetWithOneHeadingAndNoMergedTableCells() throws IOException {
        byte[] xlsx = renderLedger(renderer, ledger(200), Map.of(), ReportFormat.XLSX);

        Map<String, String> parts = unzip(xlsx);
        assertTrue(parts.containsKey("xl/worksheets/sheet1.xml"), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String text = sheet + parts.getOrDefault("xl/sharedStrings.xml", "");
        assertTrue(text.contains(content(1)), "first row's content");
        assertTrue(text.contains(content(200)), "last row's content");
        assertTrue(text.contains("践诺措施"), "heading");
        assertEquals(12, count(sheet, "<col "), "one sheet column per table column, none for the margins");
        // Only the lines above the table are merged; header and rows share the column edges.
        int merged = count(sheet, "<mergeCell ");
        assertTrue(merged <= 5, merged + " merged cells");
        // One row per item, one heading and the lines on top: page breaks add no repeated headings.
        int rows = count(sheet, "<row ");
        assertEquals(4 + 1 + 200, rows, "four lines on top, the heading, the items");
        assertTrue(sheet.contains("ySplit=\"5\""), "the heading stays in view while scrolling");
    }

    @Test
    void eachOwnerGetsACardOfItsOwn() throws IOException {
        List<CommitmentLetterRow> items = twoOwnersItems();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.COMMITMENT_CARD, Map.of("TITLE", "共产党员承诺卡",
                "SIGNATURE_LABEL", "承诺人（签名）：", "FOOTER", "监督电话：0931-1234567　公开日期：2026-03-01"),
                new RecordDataSource(items.iterator()), ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "one card per member");
            // JasperReports writes a landscape page as a portrait one turned by 90°.
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertEquals(595f, width, 1f, "A5 landscape");
            assertEquals(420f, height, 1f, "A5 landscape");
            String first = pageText(document, 1);
            assertTrue(first.contains("共产党员承诺卡"), first);
            assertTrue(first.contains("王秀英") && !first.contains("李建国"), first);
            assertTrue(first.contains("为本村独居老人每月上门服务一次"), first);
            assertTrue(first.contains("承诺人（签名）："), first);
            assertTrue(first.contains("监督电话：0931-1234567"), first);
            String second = pageText(document, 2);
            assertTrue(second.contains("李建国") && !second.contains("王秀英"), second);
            assertTrue(second.contains("带头完成村集体经济增收任务"), second);
            assertTrue(second.replace(" ", "").contains(LI_PAGE.text()), "the card carries the owner's page: " + second);
        }
    }

    @Test
    void largeLedgerIsSwappedToATemporaryFileThatIsDeletedAfterwards(@TempDir Path swap) throws IOException {
        ReportRenderer swapping = new ReportRenderer(swap, 10);
        List<FulfilmentLedgerRow> rows = ledger(5_000);
        long[] swapBytesWhileFilling = {-1};
        Iterator<FulfilmentLedgerRow> watched = IntStream.range(0, rows.size()).mapToObj(i -> {
            if (i == 4_000) {
                swapBytesWhileFilling[0] = sizeOf(swap);
            }
            return rows.get(i);
        }).iterator();
        List<String> english = List.of("No.", "Organization", "Owner", "Category", "Type", "Content", "Measures",
                "Due", "Status", "Last record", "Overdue", "Rectification");

        byte[] pdf = renderLedger(swapping, watched, Map.of("COLUMN_LABELS", english, "PAGE_PATTERN",
                "Page {0} of {1}"), ReportFormat.PDF);

        assertTrue(swapBytesWhileFilling[0] > 0, "filled pages went to the swap file: " + swapBytesWhileFilling[0]);
        try (Stream<Path> left = Files.list(swap)) {
            assertEquals(0, left.count(), "the swap file is deleted");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 100, pages + " pages");
            String last = pageText(document, pages);
            assertTrue(last.contains(content(5_000)), last);
            assertTrue(last.contains("Rectification"), last);
            assertTrue(last.contains("Page" + pages + "of" + pages), last);
        }
    }

    @Test
    void memberEvaluationShowsEachPersonsBallotsAndGrade() throws IOException {
        String text = assertEvaluationPage(ReportTemplate.MEMBER_EVALUATION, members(), memberParameters(),
                List.of("城关镇第一党支部党员干部职工“星级先锋”评价表", "2026年10月·组织生活会2026-10-20",
                        "应到12人，实到10人，收回选票10张（其中纸质0张）"),
                List.of("姓名", "身份", "讲述", "无记名投票", "较好", "不了解", "评定等次", "点评"), "党支部书记（签字）：");

        // A row's cells follow one another: the five counts stand between the narration and the grade.
        assertTrue(text.contains("王秀英党员当面讲述91000★先锋"), text);
        assertTrue(text.contains("李建国预备党员书面35200☆合格"), text);
        assertTrue(text.contains("张志强入党积极分子电话12511○基本合格"), text);
        assertTrue(text.contains("赵丽党外职工经批准免于讲述01261△后进"), text);
        assertTrue(text.contains("“先锋”不超过参评人数的15%（四舍五入）"), "legend: " + text);
    }

    @Test
    void organizationEvaluationShowsEachOrganizationsBallotsAndGrade() throws IOException {
        Map<String, Object> parameters = Map.of("TITLE", "城关镇党委基层党组织“星级先锋”评价表",
                "BALLOT_LINE", "应到 25 人，实到 22 人，收回选票 22 张（其中纸质 3 张）",
                "SIGNATURE", "党委书记（签字）：　　　　　　年　月　日");
        String text = assertEvaluationPage(ReportTemplate.ORGANIZATION_EVALUATION, organizations(), parameters,
                List.of("城关镇党委基层党组织“星级先锋”评价表", "应到25人，实到22人，收回选票22张（其中纸质3张）"),
                List.of("党组织", "书记", "讲述", "无记名投票", "较好", "不了解", "评定等次", "点评"), "党委书记（签字）：");

        assertTrue(text.contains("东岭村党支部王秀英当面讲述172000★先锋"), text);
        assertTrue(text.contains("西沟村党支部李建国视频86800☆合格"), text);
        assertTrue(text.contains("城关社区党支部张志强电子邮件46930○基本合格"), text);
        assertTrue(text.contains("机关第二党支部赵丽未讲述03982△后进"), text);
        assertEquals(2, count(text, "○基本合格"), "in its row and in the default legend: " + text);
    }

    @Test
    void memberEvaluationRepeatsItsTwoLineHeadingOnEveryPage() throws IOException {
        assertLongEvaluationRepeatsItsHeading(ReportTemplate.MEMBER_EVALUATION, "姓名", "身份");
    }

    @Test
    void organizationEvaluationRepeatsItsTwoLineHeadingOnEveryPage() throws IOException {
        assertLongEvaluationRepeatsItsHeading(ReportTemplate.ORGANIZATION_EVALUATION, "党组织", "书记");
    }

    @Test
    void memberEvaluationExportsToASpreadsheet() throws IOException {
        assertEvaluationSpreadsheet(ReportTemplate.MEMBER_EVALUATION, members());
    }

    @Test
    void organizationEvaluationExportsToASpreadsheet() throws IOException {
        assertEvaluationSpreadsheet(ReportTemplate.ORGANIZATION_EVALUATION, organizations());
    }

    /**
     * Renders an evaluation table that fits one page and checks what every such table shows: its header lines,
     * its column headings, a long remark whole, the signature line and the embedded font. The page's text.
     */
    private String assertEvaluationPage(ReportTemplate template, List<StarEvaluationRow> rows,
            Map<String, Object> parameters, List<String> headerLines, List<String> headings, String signature)
            throws IOException {
        byte[] pdf = renderEvaluation(template, rows, parameters, ReportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = pageText(document, 1);
            for (String line : headerLines) {
                assertTrue(text.contains(line), text);
            }
            for (String heading : headings) {
                assertTrue(text.contains(heading), "heading " + heading + ": " + text);
            }
            assertTrue(text.contains(LONG_REMARK), "a long remark wraps but is whole: " + text);
            assertTrue(text.contains(signature), "signature: " + text);
            assertEmbeddedNotoSans(document);
            return text;
        }
    }

    private void assertLongEvaluationRepeatsItsHeading(ReportTemplate template, String nameLabel, String detailLabel)
            throws IOException {
        List<StarEvaluationRow> rows = IntStream.rangeClosed(1, 60).mapToObj(i -> new StarEvaluationRow(i,
                "第" + i + "号参评人", "党员", "当面讲述", 8, 2, 0, 0, 0, "☆ 合格", "按时参加组织生活")).toList();

        byte[] pdf = renderEvaluation(template, rows, memberParameters(), ReportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "60 rows run over one page: " + pages);
            String first = pageText(document, 1);
            assertTrue(first.contains("第1号参评人") && first.contains("第1页，共" + pages + "页"), first);
            String second = pageText(document, 2);
            for (String label : List.of("序号", nameLabel, detailLabel, "讲述", "无记名投票", "较好", "一般",
                    "不了解", "评定等次", "点评")) {
                assertTrue(second.contains(label), "heading " + label + " on page 2: " + second);
            }
            assertTrue(!second.contains("评价表"), "the title only opens the table: " + second);
            String last = pageText(document, pages);
            assertTrue(last.contains("第60号参评人"), "the last row is on the last page: " + last);
            assertTrue(last.contains("党支部书记（签字）："), "the signature follows the last row: " + last);
            assertTrue(!first.contains("党支部书记（签字）："), "the signature only closes the table: " + first);
        }
    }

    private void assertEvaluationSpreadsheet(ReportTemplate template, List<StarEvaluationRow> rows)
            throws IOException {
        byte[] xlsx = renderEvaluation(template, rows, memberParameters(), ReportFormat.XLSX);

        assertEquals('P', (char) xlsx[0]);
        Map<String, String> parts = unzip(xlsx);
        assertTrue(parts.containsKey("xl/worksheets/sheet1.xml"), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        List<String> cells = sharedStrings(parts);
        for (StarEvaluationRow row : rows) {
            assertTrue(cells.contains(row.name()), row.name() + " in " + cells);
            assertTrue(cells.contains(row.grade()), row.grade() + " in a cell of its own: " + cells);
        }
        assertTrue(cells.contains("无记名投票"), "the ballot heading: " + cells);
        assertEquals(11, count(sheet, "<col "), "one sheet column per table column, none for the margins");
        assertTrue(sheet.contains("ySplit=\"5\""), "three lines on top and both heading lines stay in view");
    }

    private byte[] renderEvaluation(ReportTemplate template, List<StarEvaluationRow> rows,
            Map<String, Object> parameters, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(template, parameters, new RecordDataSource(rows.iterator()), format, out);
        return out.toByteArray();
    }

    private static Map<String, Object> memberParameters() {
        return Map.of("TITLE", "城关镇第一党支部党员干部职工“星级先锋”评价表",
                "PERIOD_LINE", "2026 年 10 月 · 组织生活会 2026-10-20", "GENERATED", "生成时间：2026-10-21 09:00",
                "BALLOT_LINE", "应到 12 人，实到 10 人，收回选票 10 张（其中纸质 0 张）",
                "LEGEND", "★ 先锋　☆ 合格　○ 基本合格　△ 后进；“先锋”不超过参评人数的 15%（四舍五入）",
                "SIGNATURE", "党支部书记（签字）：　　　　　　年　月　日");
    }

    /** Three items of two owners, the first owner's two in a row: one letter or card each. */
    private static List<CommitmentLetterRow> twoOwnersItems() {
        return List.of(
                new CommitmentLetterRow("P1", "承诺人：王秀英　所在党组织：东岭村党支部", "审核党组织：东岭村党支部", 1, "学习",
                        "系统学习党的二十大报告并写三篇心得", "每月集中学习一次并记录", "2026-12-31", "已公开", WANG_PAGE),
                new CommitmentLetterRow("P1", "承诺人：王秀英　所在党组织：东岭村党支部", "审核党组织：东岭村党支部", 2, "服务",
                        "为本村独居老人每月上门服务一次", "建立联系户台账", "2026-12-31", "已公开", WANG_PAGE),
                new CommitmentLetterRow("P2", "承诺人：李建国　所在党组织：东岭村党支部", "审核党组织：东岭村党支部", 1, "工作",
                        "带头完成村集体经济增收任务", "领办合作社并按季度公开账目", "2026-11-30", "已备案", LI_PAGE));
    }

    /** One person of each grade, the first with a remark long enough to wrap. */
    private static List<StarEvaluationRow> members() {
        return List.of(
                new StarEvaluationRow(1, "王秀英", "党员", "当面讲述", 9, 1, 0, 0, 0, "★ 先锋", LONG_REMARK),
                new StarEvaluationRow(2, "李建国", "预备党员", "书面", 3, 5, 2, 0, 0, "☆ 合格", "发挥作用较好"),
                new StarEvaluationRow(3, "张志强", "入党积极分子", "电话", 1, 2, 5, 1, 1, "○ 基本合格", "学习不够经常"),
                new StarEvaluationRow(4, "赵丽", "党外职工", "经批准免于讲述", 0, 1, 2, 6, 1, "△ 后进", ""));
    }

    /** One organization of each grade, the first with a remark long enough to wrap. */
    private static List<StarEvaluationRow> organizations() {
        return List.of(
                new StarEvaluationRow(1, "东岭村党支部", "王秀英", "当面讲述", 17, 2, 0, 0, 0, "★ 先锋", LONG_REMARK),
                new StarEvaluationRow(2, "西沟村党支部", "李建国", "视频", 8, 6, 8, 0, 0, "☆ 合格", "组织生活规范"),
                new StarEvaluationRow(3, "城关社区党支部", "张志强", "电子邮件", 4, 6, 9, 3, 0, "○ 基本合格", "台账不全"),
                new StarEvaluationRow(4, "机关第二党支部", "赵丽", "未讲述", 0, 3, 9, 8, 2, "△ 后进", "限期整改"));
    }

    private static void assertEmbeddedNotoSans(PDDocument document) throws IOException {
        var resources = document.getPage(0).getResources();
        for (var fontName : resources.getFontNames()) {
            PDFont font = resources.getFont(fontName);
            assertTrue(font.getName().contains("NotoSansCJKsc"), font.getName());
            assertTrue(font.isEmbedded(), font.getName() + " must be embedded");
        }
    }

    /** The texts of the workbook's shared string table, one per distinct cell text, without their run markup. */
    private static List<String> sharedStrings(Map<String, String> parts) {
        Matcher item = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL)
                .matcher(parts.getOrDefault("xl/sharedStrings.xml", ""));
        List<String> texts = new ArrayList<>();
        while (item.find()) {
            texts.add(item.group(1).replaceAll("<[^>]*>", ""));
        }
        return texts;
    }

    private static byte[] renderLedger(ReportRenderer renderer, Iterable<FulfilmentLedgerRow> rows,
            Map<String, Object> extra, ReportFormat format) {
        return renderLedger(renderer, rows.iterator(), extra, format);
    }

    private static byte[] renderLedger(ReportRenderer renderer, Iterator<FulfilmentLedgerRow> rows,
            Map<String, Object> extra, ReportFormat format) {
        Map<String, Object> parameters = new HashMap<>(Map.of("TITLE", "城关镇党委 2026 年度践诺台账",
                "SCOPE", "范围：城关镇党委及下级组织", "FILTER_LINE", "状态：进行中；类别：服务", "GENERATED", "生成时间：2026-11-21 10:00",
                "COUNT_LINE", "共 1,234 项，逾期 56 项"));
        parameters.putAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.FULFILMENT_LEDGER, parameters, new RecordDataSource(rows), format, out);
        return out.toByteArray();
    }

    private static List<FulfilmentLedgerRow> ledger(int size) {
        List<FulfilmentLedgerRow> rows = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            rows.add(new FulfilmentLedgerRow(i, "东岭村党支部", i % 2 == 0 ? "王秀英" : "东岭村党支部", "服务", i % 2 == 0 ? "个人" : "组织",
                    content(i), "建立联系户台账，每月上门走访一次，并在支部主题党日上通报走访情况", "2026-12-31",
                    "进行中", "2026-11-02 走访独居老人 3 户", i % 7 == 0 ? "逾期 12 天" : "", i % 7 == 0 ? "限期 11 月底前整改" : ""));
        }
        return rows;
    }

    /** A content long enough to wrap in its cell, unique per row. */
    private static String content(int number) {
        return "为本村独居老人和留守儿童每月上门服务一次并登记在册第" + number + "项";
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // Long cells wrap: compare the text without line breaks.
        return stripper.getText(document).replaceAll("\\s", "");
    }

    private static Map<String, String> unzip(byte[] zipped) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] render(List<OrganizationOverviewRow> data, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportTemplate.ORGANIZATION_OVERVIEW,
                Map.of("TITLE", "青山县委组织部党组织与党员概况", "SUBTITLE", "2026年11月21日"),
                new RecordDataSource(data.iterator()), format, out);
        return out.toByteArray();
    }
}
