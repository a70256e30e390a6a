package org.jiannuo.application.fulfilment;

/** A file a mail carries. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
