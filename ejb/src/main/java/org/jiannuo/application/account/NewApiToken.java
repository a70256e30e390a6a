package org.jiannuo.application.account;

import java.time.LocalDateTime;

/** A token just created: the only time its secret is shown. */
public record NewApiToken(long id, String name, String token, LocalDateTime expiresAt) {
}
