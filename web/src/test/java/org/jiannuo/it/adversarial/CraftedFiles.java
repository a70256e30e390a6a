package org.jiannuo.it.adversarial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made to cost the server, or to be other than their name says: the payloads of {@link FileAttacks}. */
final class CraftedFiles {

    private CraftedFiles() {
    }

    /** A valid zip with a text file in it: what a .docx is not. */
    static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A workbook of a header row and 200 rows, each with a cell in the sheet's last column, XFD. */
    static byte[] farColumnSheet() throws IOException {
        StringBuilder rows = new StringBuilder(header());
        for (int row = 2; row <= 201; row++) {
            rows.append("<row r=\"").append(row).append("\"><c r=\"A").append(row)
                    .append("\" t=\"inlineStr\"><is><t>城关镇党委/东岭村党支部</t></is></c><c r=\"XFD").append(row)
                    .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        return workbook(rows.toString().getBytes(StandardCharsets.UTF_8), 0);
    }

    /** A workbook whose sheet is 200 MB of blanks between its rows, deflated to a few hundred kilobytes. */
    static byte[] inflatingSheet() throws IOException {
        return workbook(header().getBytes(StandardCharsets.UTF_8), 200L * 1024 * 1024);
    }

    /** The import's required columns, so that nothing but the crafting is wrong with the file. */
    private static String header() {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        String[] columns = {"所在组织", "姓名", "身份证号", "政治面貌"};
        for (int i = 0; i < columns.length; i++) {
            row.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>").append(columns[i])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static byte[] workbook(byte[] rows, long blanks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"人员\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.write(rows);
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < blanks; written += spaces.length) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The given number of bytes of 'A', made as they are read. */
    static final class Filler extends InputStream {
        private long left;

        Filler(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 'A';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 'A');
            left -= n;
            return n;
        }
    }
}
