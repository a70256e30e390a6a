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
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.person.Person;

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

    @Version
    private long version;

    protected OrgUnit() {
    }

    private OrgUnit(OrgUnit parent, OrgUnitType type, String name) {
        this.parent = parent;
        this.type = Objects.requireNonNull(type);
        this.name = requireName(name);
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    public static OrgUnit root(OrgUnitType type, String name) {
        return new OrgUnit(null, type, name);
    }

    /** Creates a unit under this one; the tree path is completed once both have ids. */
    public OrgUnit addChild(OrgUnitType childType, String childName) {
        if (!type.canContain(childType)) {
            throw new IllegalArgumentException(type + " cannot contain " + childType);
        }
        return new OrgUnit(this, childType, childName);
    }

    /** Called once the id is assigned: the path is the parent's path plus this id. */
    public void completeTreePath() {
        if (id == null) {
            throw new IllegalStateException("Unit has no id yet");
        }
        treePath = (parent == null ? "/" : parent.getTreePath()) + id + "/";
    }

    public void appointSecretary(Person person) {
        this.secretary = person;
    }

    public void appointAdministrativeHead(Person person) {
        this.administrativeHead = person;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Unit name is required");
        }
        return name.strip();
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
}
