package org.jiannuo.domain.model.fulfilment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence: photos and documents. A file is accepted only when
 * its name's extension and its first bytes agree, so a renamed executable is not a "photo"; a
 * Word or Excel document must moreover be a package of its kind, not any zip renamed.
 */
public enum EvidenceType {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            new byte[] {'P', 'K', 3, 4}, new OfficePackage("word/document.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            new byte[] {'P', 'K', 3, 4}, new OfficePackage("xl/workbook.xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;
    /** For documents that are zips, the structure a zip must have to be one; null for the others. */
    private final OfficePackage officePackage;

    EvidenceType(String mediaType, List<String> extensions, byte[] signature) {
        this(mediaType, extensions, signature, null);
    }

    EvidenceType(String mediaType, List<String> extensions, byte[] signature, OfficePackage officePackage) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
        this.officePackage = officePackage;
    }

    /** The type the file claims by its name and proves by its content, if both agree. */
    public static Optional<EvidenceType> of(String fileName, byte[] content) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension) && type.startsWithSignature(content)
                        && (type.officePackage == null || type.officePackage.holds(content)))
                .findFirst();
    }

    /** The extensions accepted, for messages. */
    public static String acceptedExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList());
    }

    private boolean startsWithSignature(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    public String mediaType() {
        return mediaType;
    }
}
