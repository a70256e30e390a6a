package org.jiannuo.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * One character of a person's name, for finding a name by any part of it through an index. PostgreSQL only: its
 * table and the trigger that keeps it in step with the person's name are there alone (migration V47); the
 * application never writes it. See {@code NameMatch}.
 */
@Entity
@ReadOnly
@Table(name = "person_name_character")
@IdClass(PersonNameCharacter.Key.class)
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class PersonNameCharacter {

    @Id
    @Column(name = "ch")
    private String character;

    @Id
    @Column(name = "person_id")
    private long personId;

    protected PersonNameCharacter() {
    }

    /** The composite key: a character and a person. */
    public static class Key implements Serializable {

        private String character;
        private long personId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.personId == personId && Objects.equals(key.character, character);
        }

        @Override
        public int hashCode() {
            return Objects.hash(character, personId);
        }
    }
}
