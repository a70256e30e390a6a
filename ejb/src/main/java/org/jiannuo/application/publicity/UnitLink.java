package org.jiannuo.application.publicity;

import org.jiannuo.domain.model.organization.OrgUnitType;

/** A unit as the board links it: its public key and name, never its id. */
public record UnitLink(String key, String name, OrgUnitType type) {
}
