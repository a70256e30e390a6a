package org.jiannuo.domain.model.fulfilment;

import static org.jiannuo.domain.model.fulfilment.Items.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFileTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);
    private static final long MAX = 64;

    private final Commitment item = Items.inStatus(2026, CommitmentStatus.PUBLISHED);
    private final FulfilmentRecord record = FulfilmentRecord.of(item, YearMonth.of(2026, 11), "走访联系户三户并登记", 40,
            "wang", NOW);

    @Test
    void aPhotoIsKeptWithItsRecord() {
        EvidenceFile file = EvidenceFile.ofRecord(record, new Upload("  现场照片.JPG ", EvidenceTypeTest.JPEG), MAX,
                "wang", NOW);

        assertEquals("现场照片.JPG", file.getFileName(), "the name is kept stripped");
        assertEquals("image/jpeg", file.getMediaType());
        assertEquals(EvidenceTypeTest.JPEG.length, file.getByteSize());
        assertArrayEquals(EvidenceTypeTest.JPEG, file.getContent());
        assertSame(item, file.getCommitment());
        assertEquals("wang", file.getUploadedBy());
        assertEquals(NOW, file.getUploadedAt());
    }

    @Test
    void aDocumentIsKeptWithACloseOutReport() {
        CloseOutReport report = CloseOutReport.of(item, "全年走访联系户四十八户并建立台账", "wang", NOW);

        EvidenceFile file = EvidenceFile.ofCloseOut(report, new Upload("台账.xlsx", EvidenceTypeTest.XLSX),
                EvidenceTypeTest.XLSX.length, "wang", NOW);

        assertEquals(EvidenceType.XLSX.mediaType(), file.getMediaType());
        assertSame(item, file.getCommitment());
    }

    @Test
    void aPdfRenamedAsAPhotoIsRefused() {
        var violation = assertRefused("evidence.typeNotAccepted",
                () -> EvidenceFile.ofRecord(record, new Upload("现场照片.png", EvidenceTypeTest.PDF), MAX, "wang", NOW));

        assertArrayEquals(new Object[] {"现场照片.png", EvidenceType.acceptedExtensions()}, violation.arguments());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"setup.exe", "现场照片", "现场照片."})
    void aFileWithAnUnknownOrMissingExtensionIsRefused(String name) {
        assertRefused("evidence.typeNotAccepted",
                () -> EvidenceFile.ofRecord(record, new Upload(name, EvidenceTypeTest.JPEG), MAX, "wang", NOW));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("evidence.empty",
                () -> EvidenceFile.ofRecord(record, new Upload("总结.pdf", new byte[0]), MAX, "wang", NOW));
        assertRefused("evidence.empty",
                () -> EvidenceFile.ofRecord(record, new Upload("总结.pdf", null), MAX, "wang", NOW));
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        byte[] atLimit = Arrays.copyOf(EvidenceTypeTest.PDF, (int) MAX);

        EvidenceFile file = EvidenceFile.ofRecord(record, new Upload("总结.pdf", atLimit), MAX, "wang", NOW);

        assertEquals(MAX, file.getByteSize());
    }

    @Test
    void aFileOneByteOverTheLimitIsRefused() {
        byte[] overLimit = Arrays.copyOf(EvidenceTypeTest.PDF, (int) MAX + 1);

        assertRefused("evidence.tooLarge",
                () -> EvidenceFile.ofRecord(record, new Upload("总结.pdf", overLimit), MAX, "wang", NOW));
    }

    @Test
    void theLimitIsNamedInMegabytes() {
        long tenMegabytes = 10L * 1024 * 1024;
        byte[] overLimit = Arrays.copyOf(EvidenceTypeTest.PDF, (int) tenMegabytes + 1);

        var violation = assertRefused("evidence.tooLarge",
                () -> EvidenceFile.ofRecord(record, new Upload("总结.pdf", overLimit), tenMegabytes, "wang", NOW));

        assertArrayEquals(new Object[] {"总结.pdf", 10L}, violation.arguments());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../总结.pdf", "docs/总结.pdf", "C:\\Users\\wang\\总结.pdf", "..\\总结.pdf", "/", "  ", ""})
    void aNameWithAPathOrNoNameAtAllIsRefused(String name) {
        assertRefused("evidence.badName",
                () -> EvidenceFile.ofRecord(record, new Upload(name, EvidenceTypeTest.PDF), MAX, "wang", NOW));
    }

    @Test
    void aMissingNameIsRefused() {
        assertRefused("evidence.badName",
                () -> EvidenceFile.ofRecord(record, new Upload(null, EvidenceTypeTest.PDF), MAX, "wang", NOW));
    }

    @Test
    void aNameOfTwoHundredCharactersIsAcceptedAndOneMoreRefused() {
        String longest = "记".repeat(EvidenceFile.LONGEST_NAME - 4) + ".pdf";

        assertEquals(longest, EvidenceFile.ofRecord(record, new Upload(longest, EvidenceTypeTest.PDF), MAX, "wang",
                NOW).getFileName());
        assertRefused("evidence.badName",
                () -> EvidenceFile.ofRecord(record, new Upload("记" + longest, EvidenceTypeTest.PDF), MAX, "wang", NOW));
    }

    @Test
    void theStoredContentIsACopyOfWhatWasSent() {
        byte[] sent = EvidenceTypeTest.PNG.clone();
        EvidenceFile file = EvidenceFile.ofRecord(record, new Upload("截图.png", sent), MAX, "wang", NOW);

        Arrays.fill(sent, (byte) 0);

        assertArrayEquals(EvidenceTypeTest.PNG, file.getContent());
    }

    @Test
    void theContentHandedOutIsACopyToo() {
        EvidenceFile file = EvidenceFile.ofRecord(record, new Upload("截图.png", EvidenceTypeTest.PNG.clone()), MAX,
                "wang", NOW);

        Arrays.fill(file.getContent(), (byte) 0);

        assertArrayEquals(EvidenceTypeTest.PNG, file.getContent());
    }
}
