package org.jiannuo.application.tenant;

import org.jiannuo.domain.model.shared.ResourceWords;

/** The names a new tenant's first administrator and the platform start with, from {@code seeded-names.properties}. */
final class SeededNames {

    static final ResourceWords WORDS = ResourceWords.beside(SeededNames.class, "seeded-names.properties");

    private SeededNames() {
    }
}
