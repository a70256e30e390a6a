package org.jiannuo.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.publicity.PublicKey;

/**
 * A member, probationary member, activist or non-party staff member, with the categories
 * the rules depend on. The ID-card number is the natural key within a tenant.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Person {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A mobile number (11 digits from 1) or a landline with area code, e.g. 0371-63212345. */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    /**
     * The letters of a name, as an ID card prints it: Chinese characters or Latin letters, in words joined by
     * one space or by the middle dot of minority names (买买提·艾力). Nothing else, so that a name never reads
     * as a formula, markup or a command wherever it is written.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsLatin}]+(?:[ \u00B7][\\p{IsHan}\\p{IsLatin}]+)*");
    private static final int LONGEST_NAME = 60;

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Column(nullable = false)
    private String name;

    @Column(name = "id_card_no", nullable = false, updatable = false)
    private String idCardNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_status", nullable = false)
    private PartyStatus partyStatus;

    @Column(name = "joined_party_on")
    private LocalDate joinedPartyOn;

    private String post;

    /** 设岗定责: the post the branch assigned to a member who has none. */
    @Column(name = "assigned_post")
    private String assignedPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "leading_cadre_level")
    private LeadingCadreLevel leadingCadreLevel;

    @Column(nullable = false)
    private boolean secretary;

    @Column(nullable = false)
    private boolean retired;

    /** Elderly, weak, sick or disabled: may be exempted from narration with the superior's approval. */
    @Column(nullable = false)
    private boolean infirm;

    @Column(nullable = false)
    private boolean floating;

    @Column(name = "floating_location")
    private String floatingLocation;

    @Enumerated(EnumType.STRING)
    @Column(name = "village_category")
    private VillageCategory villageCategory;

    private String phone;

    /** Where reminders are mailed; optional. */
    private String email;

    /** The day the person left the tenant's roster; null while they belong to it. */
    @Column(name = "departed_on")
    private LocalDate departedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Departure departure;

    /** The opaque identifier on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    @Version
    private long version;

    protected Person() {
    }

    public Person(OrgUnit orgUnit, String name, IdCardNumber idCardNo, PartyStatus partyStatus) {
        this.orgUnit = Objects.requireNonNull(orgUnit);
        this.name = requireName(name);
        this.idCardNo = idCardNo.value();
        this.gender = idCardNo.gender();
        this.birthDate = idCardNo.birthDate();
        this.partyStatus = Objects.requireNonNull(partyStatus);
        this.publicKey = PublicKey.random().value();
    }

    public void joinedPartyOn(LocalDate date) {
        this.joinedPartyOn = date;
    }

    public void holdPost(String post) {
        this.post = post;
        this.assignedPost = null;
    }

    /** A member without a post gets one assigned (设岗定责) and commits according to it (依岗承诺). */
    public void assignPost(String assignedPost) {
        if (post != null && assignedPost != null) {
            throw new RuleViolation("person.assignedPostOnlyWithoutPost");
        }
        this.assignedPost = assignedPost;
    }

    public void makeLeadingCadre(LeadingCadreLevel level) {
        this.leadingCadreLevel = level;
    }

    public void makeSecretary() {
        this.secretary = true;
    }

    /** No longer secretary of any unit. */
    public void stepDownAsSecretary() {
        this.secretary = false;
    }

    public void retire() {
        this.retired = true;
    }

    public void markInfirm() {
        this.infirm = true;
    }

    public void floatTo(String location) {
        if (location == null || location.isBlank()) {
            throw new RuleViolation("person.floatingLocationRequired");
        }
        this.floating = true;
        this.floatingLocation = location.strip();
    }

    /** Applies an editor's changes, all or nothing: every rule is checked before anything changes. */
    public void revise(PersonProfile profile) {
        requireOnRoster();
        String revisedName = requireName(profile.name());
        String revisedPhone = normalizePhone(profile.phone());
        String revisedEmail = normalizeEmail(profile.email());
        String revisedPost = blankToNull(profile.post());
        String revisedAssignedPost = blankToNull(profile.assignedPost());
        if (revisedPost != null && revisedAssignedPost != null) {
            throw new RuleViolation("person.assignedPostOnlyWithoutPost");
        }
        if (profile.floating() && blankToNull(profile.floatingLocation()) == null) {
            throw new RuleViolation("person.floatingLocationRequired");
        }
        name = revisedName;
        phone = revisedPhone;
        email = revisedEmail;
        partyStatus = Objects.requireNonNull(profile.partyStatus());
        post = revisedPost;
        assignedPost = revisedAssignedPost;
        leadingCadreLevel = profile.leadingCadreLevel();
        retired = profile.retired();
        infirm = profile.infirm();
        floating = profile.floating();
        floatingLocation = floating ? profile.floatingLocation().strip() : null;
        villageCategory = profile.villageCategory();
    }

    /**
     * The change a person makes to their own record: how to reach them. Everything else is the organization's
     * record, kept by those who keep the roster; a profile that changes any of it is refused whole.
     */
    public void reviseContact(PersonProfile profile) {
        requireOnRoster();
        if (!PersonProfile.of(this).sameOrganizationRecord(profile)) {
            throw new RuleViolation("person.organizationKeepsRecord");
        }
        String revisedPhone = normalizePhone(profile.phone());
        email = normalizeEmail(profile.email());
        phone = revisedPhone;
    }

    /**
     * Moves the person to another branch on the given day. The stay that ends is returned closed,
     * the new one open; the caller stores both. A first transfer also records the stay before it,
     * whose start the system does not know.
     *
     * @param current the open stay, if one was recorded
     */
    public List<Membership> transferTo(OrgUnit branch, LocalDate on, Optional<Membership> current) {
        requireOnRoster();
        if (branch.getType() != OrgUnitType.BRANCH || branch.isDissolved()) {
            throw new RuleViolation("person.transferToActiveBranch");
        }
        if (branch.getId().equals(orgUnit.getId())) {
            throw new RuleViolation("person.transferToSameBranch");
        }
        Membership ended = current.orElseGet(() -> new Membership(this, orgUnit, null, null));
        ended.end(on);
        orgUnit = branch;
        return List.of(ended, new Membership(this, branch, on, null));
    }

    /**
     * The person leaves the tenant's roster on the given day: the open stay ends, nothing else of theirs
     * changes. The caller stores the ended stay and ends the person's posts and account.
     *
     * @param current the open stay, if one was recorded
     */
    public Membership leave(Departure reason, LocalDate on, Optional<Membership> current) {
        requireOnRoster();
        Membership ended = current.orElseGet(() -> new Membership(this, orgUnit, null, null));
        ended.end(on);
        departure = Objects.requireNonNull(reason);
        departedOn = Objects.requireNonNull(on);
        return ended;
    }

    public boolean hasDeparted() {
        return departedOn != null;
    }

    private void requireOnRoster() {
        if (hasDeparted()) {
            throw new RuleViolation("person.departed");
        }
    }

    /** The state an audit entry records, in a fixed order. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("idCardNo", idCardNo);
        state.put("orgUnitId", orgUnit.getId());
        state.put("partyStatus", partyStatus);
        state.put("phone", phone);
        state.put("email", email);
        state.put("post", post);
        state.put("assignedPost", assignedPost);
        state.put("leadingCadreLevel", leadingCadreLevel);
        state.put("retired", retired);
        state.put("infirm", infirm);
        state.put("floating", floating);
        state.put("floatingLocation", floatingLocation);
        state.put("villageCategory", villageCategory);
        state.put("departure", departure);
        state.put("departedOn", departedOn);
        return state;
    }

    private static String requireName(String name) {
        String stripped = blankToNull(name);
        if (stripped == null) {
            throw new RuleViolation("person.nameRequired");
        }
        String spaced = stripped.replaceAll("\\s+", " ");
        if (spaced.length() > LONGEST_NAME) {
            throw new RuleViolation("person.nameTooLong", LONGEST_NAME);
        }
        if (!NAME.matcher(spaced).matches()) {
            throw new RuleViolation("person.nameInvalid", spaced);
        }
        return spaced;
    }

    private static String normalizePhone(String phone) {
        String stripped = blankToNull(phone);
        if (stripped != null && !PHONE.matcher(stripped).matches()) {
            throw new RuleViolation("person.phoneInvalid", stripped);
        }
        return stripped;
    }

    private static String normalizeEmail(String email) {
        String stripped = blankToNull(email);
        if (stripped != null && (stripped.length() > 200 || !EMAIL.matcher(stripped).matches())) {
            throw new RuleViolation("person.emailInvalid", stripped);
        }
        return stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public void placeInVillageCategory(VillageCategory category) {
        this.villageCategory = category;
    }

    public void reachableAt(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getName() {
        return name;
    }

    public String getIdCardNo() {
        return idCardNo;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public PartyStatus getPartyStatus() {
        return partyStatus;
    }

    public LocalDate getJoinedPartyOn() {
        return joinedPartyOn;
    }

    public String getPost() {
        return post;
    }

    public String getAssignedPost() {
        return assignedPost;
    }

    public LeadingCadreLevel getLeadingCadreLevel() {
        return leadingCadreLevel;
    }

    public boolean isSecretary() {
        return secretary;
    }

    public boolean isRetired() {
        return retired;
    }

    public boolean isInfirm() {
        return infirm;
    }

    public boolean isFloating() {
        return floating;
    }

    public String getFloatingLocation() {
        return floatingLocation;
    }

    public VillageCategory getVillageCategory() {
        return villageCategory;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getDepartedOn() {
        return departedOn;
    }

    public Departure getDeparture() {
        return departure;
    }

    public long getVersion() {
        return version;
    }
}
