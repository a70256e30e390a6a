package org.jiannuo.domain.model.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jiannuo.domain.model.account.UsernameScheme;
import java.util.regex.Pattern;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.publicity.PublicKey;

/**
 * One organization department (组织部) of a county or district, and everything under it.
 * Its {@code code} is the discriminator stored on every row the tenant owns, so it never changes.
 */
@Entity
public class Tenant {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @SequenceGenerator(name = "tenant_seq", sequenceName = "tenant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "username_scheme", nullable = false)
    private UsernameScheme usernameScheme = UsernameScheme.MOBILE;

    /** The opaque identifier on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    /** Raised by every change of the tenant's public board; compared with what a node has cached. */
    @Column(name = "board_stamp", nullable = false)
    private long boardStamp;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String code, String name, LocalDateTime createdAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("tenant.codeInvalid", code);
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolation("tenant.nameRequired");
        }
        this.code = code;
        this.name = name.strip();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = TenantStatus.ACTIVE;
        this.publicKey = PublicKey.random().value();
    }

    /** The tenant of the platform's own administrators; it is never suspended. */
    public static final String PLATFORM_CODE = "platform";

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** Nobody of a suspended tenant logs in; nothing of its data changes. */
    public void suspend() {
        if (PLATFORM_CODE.equals(code)) {
            throw new RuleViolation("tenant.platformNotSuspended");
        }
        status = TenantStatus.SUSPENDED;
    }

    public void reactivate() {
        status = TenantStatus.ACTIVE;
    }

    public void chooseUsernameScheme(UsernameScheme scheme) {
        this.usernameScheme = Objects.requireNonNull(scheme);
    }

    public UsernameScheme getUsernameScheme() {
        return usernameScheme;
    }

    public long getVersion() {
        return version;
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    public long getBoardStamp() {
        return boardStamp;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
