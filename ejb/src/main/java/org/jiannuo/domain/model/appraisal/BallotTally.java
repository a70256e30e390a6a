package org.jiannuo.domain.model.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * One line of a meeting's ballot: its subject, as the meeting grades it, at its place on the paper.
 * The counts are the ballot engine's (the meeting's occasion), kept per subject key; nothing here
 * changes once the ballot has opened.
 */
@Entity
@Table(name = "ballot_tally")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class BallotTally extends RecordedSubject {

    @Id
    @SequenceGenerator(name = "ballot_tally_seq", sequenceName = "ballot_tally_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_tally_seq")
    private Long id;

    /** The order in which subjects appear on the ballot and in the tables. */
    @Column(name = "ballot_position", nullable = false, updatable = false)
    private int position;

    protected BallotTally() {
    }

    public BallotTally(Meeting meeting, int position, Subject subject) {
        super(meeting, subject);
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }
}
