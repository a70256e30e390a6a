package org.jiannuo.infrastructure.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableRow;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX workbook as a stream of SAX events, so a sheet of tens
 * of thousands of rows never becomes a tree of cell objects. Cells are taken as Excel shows
 * them: an ID-card number typed as a number comes out as Excel displays it and is then refused
 * by the row's own checks.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static Table read(byte[] content, ReadLimits limits) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleViolation("import.noHeader");
            }
            RowCollector collector = new RowCollector(limits);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), collector, new DataFormatter(), false));
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
            throw new RuleViolation("import.malformedXlsx");
        }
    }

    /** Collects rows, filling the gaps the sheet leaves where cells are empty. */
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

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
