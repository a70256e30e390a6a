package org.jiannuo.application.publicity;

/**
 * Where a signed-in user's things are on the public board: the tenant's key, the key of the user's unit
 * (their branch, or the unit of their post) and, for someone on the roster, their own.
 */
public record BoardAddress(String tenantKey, String unitKey, String personKey) {
}
