package org.jiannuo.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableRow;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.io.LimitExceededException;
import org.jiannuo.infrastructure.io.LimitedInputStream;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the first worksheet of an XLSX workbook as a stream of SAX events, so a sheet of tens
 * of thousands of rows never becomes a tree of cell objects. Cells are taken as Excel shows
 * them: an ID-card number typed as a number comes out as Excel displays it and is then refused
 * by the row's own checks.
 *
 * <p>A workbook is a zip of XML written by whoever sent it, so every dimension is bounded here
 * before it costs memory: the package is opened from its file through its central directory (parts
 * are inflated while they are read, never all at once), POI's zip-bomb guards are set for what a roster can be, the shared
 * strings (held in memory while the sheet is read) have a ceiling of their own, a cell's text is
 * at most what Excel allows, and a cell with content may not lie beyond the column limit.
 */
final class XlsxTableReader {

    /**
     * A part may inflate to at most 50 times its compressed size: Excel's XML compresses about
     * 5–15 times (a 100,000-row roster, 12 times), a crafted part thousands of times.
     */
    static final double MIN_INFLATE_RATIO = 0.02;
    /** A 100,000-row roster's sheet is about 85 MB of XML; it is streamed, so the ceiling bounds time, not heap. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Text extractors stop here; the import does not use them, but nothing in the JVM gets POI's larger default. */
    static final long MAX_TEXT_CHARACTERS = 10L * 1024 * 1024;
    /** A package of a workbook has a dozen parts; images and many sheets a few hundred. */
    static final long MAX_PARTS = 1000;
    /** The shared strings are held in memory while the sheet is read; a 100,000-row roster has about 9 MB. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL_CHARACTERS = 32_767;
    private static final String ZIP_BOMB = "Zip bomb detected";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private XlsxTableReader() {
    }

    static Table read(Path file, ReadLimits limits) {
        // Opened through our own ZipSecureFile: given a File, POI falls back to unpacking every part into the heap
        // when the zip's central directory is broken, which a crafted file can arrange.
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile());
             OPCPackage workbook = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleViolation("import.noHeader");
            }
            ReadOnlySharedStringsTable strings = sharedStrings(workbook);
            RowCollector collector = new RowCollector(limits);
            try (InputStream sheet = sheets.next()) {
                CellTextLimit parser = new CellTextLimit();
                parser.setParent(XMLHelper.newXMLReader());
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (collector.header == null) {
                throw new RuleViolation("import.noHeader");
            }
            return new Table(collector.header, collector.rows, "XLSX");
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolation(unpacksTooFar(e) ? "import.workbookTooLarge" : "import.malformedXlsx");
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(workbook);
        }
        try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    /** Our ceilings, or POI's zip-bomb guard, which says so only in its message; SAX may wrap either (getCause unwraps). */
    private static boolean unpacksTooFar(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitExceededException
                    || cause.getMessage() != null && cause.getMessage().startsWith(ZIP_BOMB)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses a text run longer than a cell can hold before the sheet handler gathers it into one string. */
    private static final class CellTextLimit extends XMLFilterImpl {
        private int length;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            length = 0;
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int count) throws SAXException {
            length += count;
            if (length > MAX_CELL_CHARACTERS) {
                throw new RuleViolation("import.workbookTooLarge");
            }
            super.characters(ch, start, count);
        }
    }

    /** Collects rows, filling the gaps the sheet leaves where cells are empty, up to the column limit. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ReadLimits limits;
        private final List<TableRow> rows = new ArrayList<>();
        private List<String> header;
        private List<String> cells;

        RowCollector(ReadLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = cells;
                return;
            }
            TableRow row = new TableRow(rowNum + 1, cells);
            if (!row.isBlank()) {
                rows.add(row);
                TableReader.requireRowLimit(rows.size(), limits);
            }
        }

        /** An empty cell adds nothing: the gap before the next cell with content is filled then, within the limit. */
        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (formattedValue == null || formattedValue.isEmpty()) {
                return;
            }
            long column = cellReference == null ? cells.size() : columnOf(cellReference, cells.size());
            TableReader.requireColumnLimit(column, limits);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }

        /**
         * The column of "AB12" (27), read here rather than by POI's CellReference, whose column is a short:
         * a reference far to the right wraps around to a column within Excel's range.
         */
        private static long columnOf(String reference, int next) {
            long column = 0;
            int i = 0;
            for (; i < reference.length() && column <= Integer.MAX_VALUE; i++) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column == 0 ? next : column - 1;
        }
    }
}
