package org.jiannuo.domain.model.organization;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.publicity.PublicKey;

/**
 * A party organization in the tenant's tree. The tree path ('/1/51/101/') is kept so that
 * "everything under this committee" is one prefix match in the database.
 */
@Entity
@Table(name = "org_unit")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class OrgUnit {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    /** A landline with area code, a mobile, an extension: digits, spaces, +, -, parentheses and 转 for the extension. */
    private static final Pattern PUBLIC_PHONE = Pattern.compile("[0-9+][0-9 ()\\-转]{4,39}");

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    private OrgUnitType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "tree_path", nullable = false)
    private String treePath;

    @Column(nullable = false)
    private int depth;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "secretary_id")
    private Person secretary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administrative_head_id")
    private Person administrativeHead;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    /** The phone the unit's board shows for opinions (seed 004: 意见箱和公开电话); public by intent. */
    @Column(name = "public_phone")
    private String publicPhone;

    /** The opaque identifier on the public board (see PublicKey); never the id. */
    @Column(name = "public_key", updatable = false)
    private String publicKey;

    @Version
    private long version;

    protected OrgUnit() {
    }

    private OrgUnit(OrgUnit parent, OrgUnitType type, String name) {
        this.parent = parent;
        this.type = Objects.requireNonNull(type);
        this.name = requireName(name);
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.publicKey = PublicKey.random().value();
    }

    public static OrgUnit root(OrgUnitType type, String name) {
        return new OrgUnit(null, type, name);
    }

    /** Called once the id is assigned: the path is the parent's path plus this id. */
    public void completeTreePath() {
        if (id == null) {
            throw new IllegalStateException("Unit has no id yet");
        }
        treePath = (parent == null ? "/" : parent.getTreePath()) + id + "/";
    }

    public void rename(String newName) {
        requireActive();
        this.name = requireName(newName);
    }

    /**
     * Moves this unit under another. The caller rewrites the paths of the units below this one
     * from {@code oldPath} to this unit's new path.
     */
    public void moveUnder(OrgUnit newParent) {
        requireActive();
        if (newParent == null || newParent.isDissolved()) {
            throw new RuleViolation("unit.parentRequired");
        }
        if (newParent.getTreePath().startsWith(treePath)) {
            throw new RuleViolation("unit.moveIntoOwnSubtree");
        }
        if (!newParent.type.canContain(type)) {
            throw new RuleViolation("unit.cannotContain", newParent.type, type);
        }
        parent = newParent;
        depth = newParent.depth + 1;
        treePath = newParent.getTreePath() + id + "/";
    }

    /** Only an empty unit is dissolved: its people and active sub-units must be moved first. */
    public void dissolve(LocalDate on, long people, long activeChildren) {
        requireActive();
        if (people > 0 || activeChildren > 0) {
            throw new RuleViolation("unit.dissolveNotEmpty", people, activeChildren);
        }
        dissolvedOn = on;
    }

    /**
     * Creates a unit under this active one; the tree path is completed once both have ids.
     */
    public OrgUnit addChild(OrgUnitType childType, String childName) {
        requireActive();
        if (!type.canContain(childType)) {
            throw new RuleViolation("unit.cannotContain", type, childType);
        }
        return new OrgUnit(this, childType, childName);
    }

    /** Sets or clears the phone the board shows: digits with the usual separators, at most 40 characters. */
    public void changePublicPhone(String phone) {
        requireActive();
        String stripped = phone == null ? "" : phone.strip();
        if (!stripped.isEmpty() && !PUBLIC_PHONE.matcher(stripped).matches()) {
            throw new RuleViolation("unit.publicPhoneInvalid");
        }
        publicPhone = stripped.isEmpty() ? null : stripped;
    }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }

    private void requireActive() {
        if (isDissolved()) {
            throw new RuleViolation("unit.dissolved", name);
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("type", type);
        state.put("parentId", parent == null ? null : parent.getId());
        state.put("treePath", treePath);
        state.put("dissolvedOn", dissolvedOn == null ? null : dissolvedOn.toString());
        state.put("secretaryId", secretary == null ? null : secretary.getId());
        state.put("administrativeHeadId", administrativeHead == null ? null : administrativeHead.getId());
        state.put("publicPhone", publicPhone);
        return state;
    }

    /**
     * Fills a post with a person of this unit or below. A secretary is a full member.
     *
     * @return who held the post before, if anyone
     */
    public Person appoint(Appointment post, Person person) {
        requireActive();
        if (!person.getOrgUnit().getTreePath().startsWith(treePath)) {
            throw new RuleViolation("unit.appointeeOutside", person.getName(), name);
        }
        Person previous;
        if (post == Appointment.SECRETARY) {
            if (person.getPartyStatus() != PartyStatus.FULL_MEMBER) {
                throw new RuleViolation("unit.secretaryMustBeFullMember", person.getName());
            }
            previous = secretary;
            secretary = person;
            person.makeSecretary();
        } else {
            previous = administrativeHead;
            administrativeHead = person;
        }
        return previous;
    }

    /** Leaves the unit's secretary or administrative head unfilled; the caller settles the person's secretary flag. */
    public void vacate(Appointment post) {
        if (post == Appointment.SECRETARY) {
            secretary = null;
        } else if (post == Appointment.ADMINISTRATIVE_HEAD) {
            administrativeHead = null;
        } else {
            throw new IllegalArgumentException(post + " is not kept on the unit");
        }
    }

    /** Who holds a post kept on the unit, if anyone. */
    public Person holder(Appointment post) {
        return switch (post) {
            case SECRETARY -> secretary;
            case ADMINISTRATIVE_HEAD -> administrativeHead;
            default -> throw new IllegalArgumentException(post + " is not kept on the unit");
        };
    }

    public void appointSecretary(Person person) {
        this.secretary = person;
    }

    public void appointAdministrativeHead(Person person) {
        this.administrativeHead = person;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("unit.nameRequired");
        }
        if (name.strip().length() > 200) {
            throw new RuleViolation("unit.nameTooLong", 200);
        }
        if (name.contains("/")) {
            // '/' joins the names of a unit's path in import and export files.
            throw new RuleViolation("unit.nameHasSlash");
        }
        return name.strip();
    }

    public PublicKey publicKey() {
        return new PublicKey(publicKey);
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public OrgUnitType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getTreePath() {
        return treePath;
    }

    public int getDepth() {
        return depth;
    }

    public Person getSecretary() {
        return secretary;
    }

    public Person getAdministrativeHead() {
        return administrativeHead;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public String getPublicPhone() {
        return publicPhone;
    }
}
