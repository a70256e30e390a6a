package org.jiannuo.application.organization;

import java.io.Serializable;
import org.jiannuo.domain.model.organization.Appointment;

/** A post a person holds: its kind and its unit (none for a tenant-wide post). */
public record PostView(Appointment kind, Long unitId, String unitName) implements Serializable {
}
