package org.jiannuo.interfaces.rest;

import java.util.Base64;
import java.util.List;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.interfaces.rest.FulfilmentResource.FileBody;

/**
 * Evidence files as JSON carries them, base64 in a string. How many there are and how large each
 * would be are known from the strings themselves, so both limits are applied before anything is decoded.
 */
final class FulfilmentUploads {

    private FulfilmentUploads() {
    }

    static List<Upload> decode(List<FileBody> files, EvidenceLimits limits) {
        if (files == null) {
            return List.of();
        }
        limits.checkCount(files.size());
        for (FileBody file : files) {
            if (file == null || file.fileName() == null || file.base64() == null) {
                throw new InvalidRequest("api.invalid.files");
            }
            limits.checkSize(file.fileName(), decodedLength(file.base64()));
        }
        try {
            return files.stream()
                    .map(file -> new Upload(file.fileName(), Base64.getDecoder().decode(file.base64())))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.invalid.files");
        }
    }

    /** How many characters of base64 carry so many bytes, padded. */
    static long base64Length(long bytes) {
        return (bytes + 2) / 3 * 4;
    }

    /** How many bytes so much base64 decodes to, with or without its padding. */
    static long decodedLength(String base64) {
        int length = base64.length();
        int padding = length > 0 && base64.charAt(length - 1) == '=' ? length > 1 && base64.charAt(length - 2) == '=' ? 2 : 1
                : 0;
        return length * 3L / 4 - padding;
    }
}
