package org.jiannuo.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A login of one tenant. A person's account takes what it may do from the posts the person holds
 * ({@link PostGrants}); an account without a person keeps the roles it was opened with, acting on its
 * organization unit and everything under it (or the whole tenant). The password is kept only as a slow salted hash produced by the caller's password service.
 */
@Entity
@Table(name = "user_account")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class UserAccount {

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false)
    private Set<Role> roles;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    /** Set by issuing or resetting a one-time password: the next sign-in must choose a password of one's own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * Raised by a password change or reset and by disabling: a session signed in under an older
     * epoch is ended on its next request.
     */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** The language reminders and mail go out in; null for the tenant's default (Chinese). */
    @Column(name = "language", length = 10)
    private String language;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, OrgUnit scope) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,60}")) {
            throw new IllegalArgumentException("Username must be 2-60 letters, digits, '.', '_' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.roles = EnumSet.copyOf(roles);
        this.orgUnit = scope;
        this.enabled = true;
    }

    /**
     * A person's own account. What it may do follows from the posts the person holds (see {@link PostGrants}).
     *
     * @param oneTimePassword whether the password was issued rather than chosen: the first sign-in must replace it
     */
    public static UserAccount forPerson(String username, String passwordHash, Person person, boolean oneTimePassword) {
        UserAccount account = new UserAccount(username, passwordHash, person.getName(), EnumSet.of(Role.MEMBER), null);
        account.person = person;
        account.mustChangePassword = oneTimePassword;
        return account;
    }

    public void linkPerson(Person person) {
        this.person = person;
    }

    /** An administrator's reset: a new one-time password, and every open session of the account ends. */
    public void resetPassword(String oneTimePasswordHash) {
        passwordHash = Objects.requireNonNull(oneTimePasswordHash);
        mustChangePassword = true;
        failedLogins = 0;
        lockedUntil = null;
        sessionEpoch++;
    }

    /** The holder's own new password, already checked against the password policy; other sessions end. */
    public void changePassword(String newPasswordHash, LocalDateTime now) {
        passwordHash = Objects.requireNonNull(newPasswordHash);
        mustChangePassword = false;
        passwordChangedAt = now;
        sessionEpoch++;
    }

    /** Nobody signs in with it, nor with its tokens, and its open sessions end; nothing of it is deleted. */
    public void disable() {
        if (enabled) {
            enabled = false;
            sessionEpoch++;
        }
    }

    /** A person who has left the roster keeps their account disabled: they no longer belong here. */
    public void enable() {
        if (person != null && person.hasDeparted()) {
            throw new RuleViolation("account.personDeparted");
        }
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void chooseLanguage(String languageTag) {
        this.language = languageTag;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("personId", person == null ? null : person.getId());
        state.put("enabled", enabled);
        state.put("mustChangePassword", mustChangePassword);
        state.put("sessionEpoch", sessionEpoch);
        return state;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }
}
