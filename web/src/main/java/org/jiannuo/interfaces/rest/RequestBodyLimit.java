package org.jiannuo.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.jiannuo.application.fulfilment.EvidenceLimits;
import org.jiannuo.application.importing.ImportLimits;
import org.jiannuo.infrastructure.io.LimitedInputStream;

/**
 * Every API body has a ceiling, applied before a byte of it is read: a declared length over it is
 * answered 413 at once, and a body without one (chunked) is read through a {@link LimitedInputStream}
 * that fails one byte past it, which {@link ProblemMappers} answers with the same 413.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyLimit implements ContainerRequestFilter {

    /** An ordinary JSON body (a commitment, an attendance list, the ids of the people to issue accounts to). */
    static final long ORDINARY_BYTES = 2L * 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = maxBytes(resource.getResourceMethod());
        if (declaredLength(request) > maxBytes) {
            request.abortWith(Problem.tooLarge(maxBytes, Problem.locale(request.getAcceptableLanguages())));
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    /** The declared length, read as a long: JAX-RS's own getLength() is an int and fails beyond 2 GB. */
    private static long declaredLength(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long maxBytes(Method method) {
        BodyLimit limit = method == null ? null : method.getAnnotation(BodyLimit.class);
        if (limit == null) {
            return ORDINARY_BYTES;
        }
        return switch (limit.value()) {
            case EVIDENCE -> evidenceBodyBytes(CDI.current().select(EvidenceLimits.class).get());
            case IMPORT_FILE -> CDI.current().select(ImportLimits.class).get().maxBytes();
        };
    }

    /** The files as base64 (four characters for every three bytes) and room for the rest of the record. */
    static long evidenceBodyBytes(EvidenceLimits limits) {
        return limits.maxFiles() * FulfilmentUploads.base64Length(limits.maxBytes()) + ORDINARY_BYTES;
    }
}
