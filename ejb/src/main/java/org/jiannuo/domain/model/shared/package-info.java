/**
 * What every domain package uses: {@link org.jiannuo.domain.model.shared.RuleViolation}, the one exception a broken
 * business rule throws. Its code names the message in the screens' bundles ({@code rule.<code>}); the change is not made.
 * Depends on nothing.
 */
package org.jiannuo.domain.model.shared;
