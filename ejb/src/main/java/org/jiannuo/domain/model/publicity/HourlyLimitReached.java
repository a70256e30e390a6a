package org.jiannuo.domain.model.publicity;

import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One more submission from the public board than an address or a target takes in an hour: refused like any
 * rule, but answered 429 Too Many Requests by the API, so that a client knows to wait rather than to change
 * what it sent.
 */
public class HourlyLimitReached extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public HourlyLimitReached(String code, int perHour) {
        super(code, perHour);
    }
}
