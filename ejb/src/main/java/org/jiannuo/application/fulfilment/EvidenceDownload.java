package org.jiannuo.application.fulfilment;

/** An evidence file's name, type and bytes, read inside the service's transaction. */
public record EvidenceDownload(String fileName, String mediaType, byte[] content) {
}
