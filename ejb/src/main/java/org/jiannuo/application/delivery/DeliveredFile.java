package org.jiannuo.application.delivery;

/** A delivered document's file, as its recipient downloads it. */
public record DeliveredFile(String fileName, byte[] content) {

    public DeliveredFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
