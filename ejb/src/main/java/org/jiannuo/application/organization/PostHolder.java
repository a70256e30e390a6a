package org.jiannuo.application.organization;

import java.io.Serializable;
import org.jiannuo.domain.model.organization.Appointment;

/** A post of a unit and the person who holds it. */
public record PostHolder(Appointment kind, long personId, String personName) implements Serializable {
}
