package org.jiannuo.domain.model.organization;

/** The two posts a unit fills: its secretary, and the administrative head who grades non-party staff. */
public enum Appointment {
    SECRETARY,
    ADMINISTRATIVE_HEAD
}
