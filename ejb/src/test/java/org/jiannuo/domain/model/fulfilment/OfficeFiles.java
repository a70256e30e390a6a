package org.jiannuo.domain.model.fulfilment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real Word and Excel files as POI writes them, and zips that only pretend to be. */
final class OfficeFiles {

    private static final String DOCUMENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Override PartName="/word/document.xml" ContentType="%s"/>
            </Types>""";

    private OfficeFiles() {
    }

    static byte[] document() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("全年走访联系户四十八户");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("走访");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docm's parts: the main part is there, but declared as a document with macros. */
    static byte[] macroEnabledDocument() {
        return zip(new String[] {"[Content_Types].xml", DOCUMENT_TYPES.formatted("application/vnd.ms-word.document.macroEnabled.main+xml")},
                new String[] {"word/document.xml", "<w:document/>"});
    }

    /** A proper document beside a part of zeros that inflates to the given size. */
    static byte[] documentWithPadding(int megabytes) {
        return zip(new String[] {"[Content_Types].xml", DOCUMENT_TYPES.formatted(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
                new String[] {"word/media/padding.bin", "\0".repeat(megabytes * 1024 * 1024)},
                new String[] {"word/document.xml", "<w:document/>"});
    }

    static byte[] zipOf(String name, String content) {
        return zip(new String[] {name, content});
    }

    private static byte[] zip(String[]... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
