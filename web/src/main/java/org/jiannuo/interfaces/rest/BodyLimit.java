package org.jiannuo.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose body carries files and may be larger than an ordinary JSON body; the
 * limit follows the product's own limits for those files. Every other body has {@link RequestBodyLimit#ORDINARY_BYTES}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    Carries value();

    /** What the body carries. */
    enum Carries {
        /** Evidence files as base64 in JSON: as many as a record may carry, each as large as allowed. */
        EVIDENCE,
        /** An import file as the body itself. */
        IMPORT_FILE
    }
}
