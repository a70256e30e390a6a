package org.jiannuo.application.stars;

/** A log book photo as it is sent to a reader. */
public record PhotoDownload(String fileName, String mediaType, byte[] content) {
}
