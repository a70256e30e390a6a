package org.jiannuo.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A personal API token: REST clients send it instead of a password, so that a call costs a lookup
 * rather than a password hash. Only the SHA-256 of its secret is kept; the token is shown once.
 * It acts as its account, with the account's grants of the moment, until it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class ApiToken {

    public static final Duration LONGEST_LIFE = Duration.ofDays(366);
    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(UserAccount account, String name, String secretHash, LocalDateTime now, LocalDateTime expiresAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new RuleViolation("token.nameRequired", 100);
        }
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_LIFE))) {
            throw new RuleViolation("token.lifeOutOfRange", LONGEST_LIFE.toDays());
        }
        this.account = Objects.requireNonNull(account);
        this.name = trimmed;
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(LocalDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Whether a use now is worth noting: at most every few minutes, as a token used on every call should not
     * write on every call. The use is noted by {@link UserAccountRepository#noteTokenUse}, a plain update that
     * concurrent calls with the same token cannot make fail.
     */
    public boolean isUseWorthNotingAt(LocalDateTime now) {
        return lastUsedAt == null || lastUsedAt.isBefore(useNotedSince(now));
    }

    /** Uses noted after this moment make a new one not worth noting. */
    public static LocalDateTime useNotedSince(LocalDateTime now) {
        return now.minus(USE_NOTED_EVERY);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
