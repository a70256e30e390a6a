package org.jiannuo.domain.model.fulfilment;

import java.io.Serializable;

/** A file as the user sent it, before it is checked. */
public record Upload(String fileName, byte[] content) implements Serializable {
}
