package org.jiannuo.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks written by hand, XML part by XML part, as a hostile sender would: no library would write them. */
public final class CraftedWorkbooks {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>""";
    private static final String ROOT_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
            </workbook>""";
    private static final String WORKBOOK_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";

    private CraftedWorkbooks() {
    }

    /** A header row "姓名" and one row whose only content is a cell at {@code reference}, e.g. "ZZZZZZ2". */
    public static byte[] withCellAt(String reference) {
        return workbook(sheet("", "<row r=\"1\">" + inline("A1", "姓名") + "</row><row r=\"2\">"
                + inline(reference, "x") + "</row>"));
    }

    /**
     * A proper header and row behind a comment of {@code megabytes} of padding that deflates about 70 times:
     * within POI's default guard (100 times), far beyond anything Excel writes. Unpacked whole it costs the
     * heap its full size.
     */
    public static byte[] bomb(int megabytes) {
        StringBuilder padding = new StringBuilder(megabytes * 1024 * 1024);
        Random random = new Random(17);
        for (int i = 0; i < megabytes * 1024 * 1024; i++) {
            padding.append(i % 128 == 0 ? (char) ('a' + random.nextInt(26)) : ' ');
        }
        return workbook(sheet("<!--" + padding + "-->", "<row r=\"1\">" + inline("A1", "姓名") + "</row>"));
    }

    private static String inline(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String sheet(String beforeData, String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + beforeData
                + "<sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static byte[] workbook(String sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELATIONSHIPS);
            entry(zip, "xl/workbook.xml", WORKBOOK);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
