package org.jiannuo.interfaces.rest;

import jakarta.ws.rs.BadRequestException;

/**
 * A request the API cannot take (a missing or malformed parameter), saying what is wrong with a key of
 * the bundles, so that the caller reads it in their language; answered 400 by {@link ProblemMappers}.
 */
public class InvalidRequest extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    InvalidRequest(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
