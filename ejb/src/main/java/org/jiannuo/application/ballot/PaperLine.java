package org.jiannuo.application.ballot;

import java.io.Serializable;

/** A line of a ballot paper: whom or what the voter rates. */
public record PaperLine(String key, String name) implements Serializable {
}
