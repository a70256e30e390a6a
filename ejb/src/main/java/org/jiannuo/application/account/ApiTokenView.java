package org.jiannuo.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.account.ApiToken;

/** A token as its holder sees it later: never its secret. */
public record ApiTokenView(long id, String name, LocalDateTime createdAt, LocalDateTime expiresAt,
        LocalDateTime lastUsedAt, LocalDateTime revokedAt, boolean valid) implements Serializable {

    static ApiTokenView of(ApiToken token, LocalDateTime now) {
        return new ApiTokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt(), token.getRevokedAt(), token.isValidAt(now));
    }
}
