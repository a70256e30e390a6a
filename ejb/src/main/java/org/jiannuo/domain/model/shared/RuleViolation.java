package org.jiannuo.domain.model.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule refused a change. The code names a message in the user's language
 * ({@code rule.<code>} in the screens' bundles); the arguments fill it in. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RuleViolation(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
