package org.jiannuo.domain.model.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTypeTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'};
    static final byte[] ZIP = {'P', 'K', 3, 4, 0x14, 0, 6, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    static final byte[] DOCX = OfficeFiles.document();
    static final byte[] XLSX = OfficeFiles.workbook();

    static byte[] contentOf(String kind) {
        return switch (kind) {
            case "JPEG" -> JPEG;
            case "PNG" -> PNG;
            case "PDF" -> PDF;
            case "ZIP" -> ZIP;
            case "EXE" -> EXE;
            case "DOCX" -> DOCX;
            case "XLSX" -> XLSX;
            case "PLAIN_ZIP" -> OfficeFiles.zipOf("hello.txt", "not a document");
            case "MACRO_DOCUMENT" -> OfficeFiles.macroEnabledDocument();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} with {1} content is {2}")
    @CsvSource({
        "现场照片.jpg, JPEG, JPEG",
        "现场照片.jpeg, JPEG, JPEG",
        "现场照片.JPG, JPEG, JPEG",
        "IMG_0001.JpEg, JPEG, JPEG",
        "截图.png, PNG, PNG",
        "截图.PNG, PNG, PNG",
        "总结.pdf, PDF, PDF",
        "总结.PDF, PDF, PDF",
        "总结.docx, DOCX, DOCX",
        "总结.DOCX, DOCX, DOCX",
        "台账.xlsx, XLSX, XLSX",
        "台账.XLSX, XLSX, XLSX",
        "archive.2026.pdf, PDF, PDF"})
    void aFileIsAcceptedWhenItsExtensionAndItsFirstBytesAgree(String name, String content, EvidenceType expected) {
        assertEquals(Optional.of(expected), EvidenceType.of(name, contentOf(content)));
    }

    @ParameterizedTest(name = "{0} with {1} content")
    @CsvSource({
        "总结.png, PDF",
        "现场照片.jpg, PNG",
        "截图.png, JPEG",
        "总结.pdf, ZIP",
        "总结.docx, PDF",
        "setup.jpg, EXE",
        "总结.docx, ZIP",
        "总结.docx, PLAIN_ZIP",
        "台账.xlsx, PLAIN_ZIP",
        "总结.docx, XLSX",
        "台账.xlsx, DOCX",
        "总结.docx, MACRO_DOCUMENT"})
    void aFileWhoseContentBeliesItsExtensionIsRefused(String name, String content) {
        assertEquals(Optional.empty(), EvidenceType.of(name, contentOf(content)));
    }

    @Test
    void aPackageThatUnpacksFarBeyondItsSizeIsRefusedUnreadPastTheBound() {
        byte[] bomb = OfficeFiles.documentWithPadding((int) (OfficePackage.MAX_INFLATED / (1024 * 1024)) + 1);
        assertTrue(bomb.length < 1024 * 1024, "small on the wire: " + bomb.length);
        assertEquals(Optional.empty(), EvidenceType.of("总结.docx", bomb));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"setup.exe", "总结", "总结.", "总结.doc", "总结.xls", "photo.gif", "pdf", "总结.pdf.exe"})
    void aFileWithAnUnknownOrMissingExtensionIsRefused(String name) {
        assertEquals(Optional.empty(), EvidenceType.of(name, PDF));
        assertEquals(Optional.empty(), EvidenceType.of(name, EXE));
    }

    @Test
    void contentShorterThanTheSignatureIsRefused() {
        assertEquals(Optional.empty(), EvidenceType.of("截图.png", Arrays.copyOf(PNG, 7)));
        assertEquals(Optional.empty(), EvidenceType.of("截图.png", new byte[0]));
    }

    @Test
    void contentOfExactlyTheSignatureIsAccepted() {
        assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.of("总结.pdf", Arrays.copyOf(PDF, 5)));
    }

    @Test
    void eachTypeNamesItsMediaType() {
        assertEquals("image/jpeg", EvidenceType.JPEG.mediaType());
        assertEquals("image/png", EvidenceType.PNG.mediaType());
        assertEquals("application/pdf", EvidenceType.PDF.mediaType());
        assertTrue(EvidenceType.DOCX.mediaType().endsWith("wordprocessingml.document"));
        assertTrue(EvidenceType.XLSX.mediaType().endsWith("spreadsheetml.sheet"));
    }

    @Test
    void theAcceptedExtensionsAreListedForMessages() {
        assertEquals("jpg, jpeg, png, pdf, docx, xlsx", EvidenceType.acceptedExtensions());
    }
}
