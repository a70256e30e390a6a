package org.jiannuo.application.importing;

import java.io.Serializable;

/** What a committed import did. */
public record ImportResult(ImportKind kind, int created, int changed, int unchanged) implements Serializable {
}
