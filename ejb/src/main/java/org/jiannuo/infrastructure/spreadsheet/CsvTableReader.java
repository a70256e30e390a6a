package org.jiannuo.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jiannuo.application.spreadsheet.ReadLimits;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableRow;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Reads RFC 4180 CSV. The encoding is found, not asked for: UTF-8 (with or without the byte
 * order mark Excel writes for "CSV UTF-8"), else GB18030, which is what Excel on a Chinese
 * Windows writes for plain "CSV" and a superset of GBK. Bytes that are neither are refused.
 */
final class CsvTableReader {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvTableReader() {
    }

    static Table read(byte[] content, ReadLimits limits) {
        int start = hasUtf8ByteOrderMark(content) ? 3 : 0;
        if (looksLikeUtf16(content)) {
            throw new RuleViolation("import.wrongEncoding");
        }
        Charset charset = StandardCharsets.UTF_8;
        Optional<String> text = decode(content, start, charset);
        if (text.isEmpty()) {
            charset = GB18030;
            text = decode(content, start, charset);
        }
        String decoded = text.orElseThrow(() -> new RuleViolation("import.wrongEncoding"));
        if (decoded.indexOf('\0') >= 0) {
            throw new RuleViolation("import.wrongEncoding");
        }
        return parse(decoded, charset.name(), limits);
    }

    private static Table parse(String text, String encoding, ReadLimits limits) {
        List<String> header = null;
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord csvRecord : parser) {
                List<String> cells = TableReader.withinColumnLimit(csvRecord.toList(), limits);
                if (header == null) {
                    header = cells;
                    continue;
                }
                TableRow row = new TableRow((int) parser.getCurrentLineNumber(), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                    TableReader.requireRowLimit(rows.size(), limits);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new RuleViolation("import.malformedCsv", e.getMessage());
        }
        if (header == null) {
            throw new RuleViolation("import.noHeader");
        }
        return new Table(header, rows, encoding);
    }

    private static Optional<String> decode(byte[] content, int start, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasUtf8ByteOrderMark(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** Excel's "Unicode text" is UTF-16 with a byte order mark; GB18030 would decode it into nonsense. */
    private static boolean looksLikeUtf16(byte[] content) {
        return content.length >= 2 && (((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)
                || ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF));
    }
}
