package org.jiannuo.application.delivery;

import org.jiannuo.domain.model.delivery.Recipient;

/** A recipient's document as generated for a run: a PDF with its title and file name. */
public record GeneratedDocument(Recipient recipient, String title, String fileName, byte[] content) {

    public GeneratedDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
