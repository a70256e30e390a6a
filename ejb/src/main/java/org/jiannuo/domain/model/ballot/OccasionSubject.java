package org.jiannuo.domain.model.ballot;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;

/** One line of an occasion's ballot paper: whom or what the voters rate, in the paper's order. */
@Entity
@Table(name = "ballot_subject")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class OccasionSubject {

    @Id
    @SequenceGenerator(name = "ballot_subject_seq", sequenceName = "ballot_subject_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_subject_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occasion_id", nullable = false, updatable = false)
    private Occasion occasion;

    @Column(name = "ballot_position", nullable = false, updatable = false)
    private int position;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "subject_name", nullable = false, updatable = false)
    private String name;

    protected OccasionSubject() {
    }

    public OccasionSubject(Occasion occasion, int position, String key, String name) {
        this.occasion = occasion;
        this.position = position;
        this.key = key;
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }
}
