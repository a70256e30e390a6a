package org.jiannuo.domain.model.yearend;

/**
 * Who takes part in a branch's mass evaluation (群众评议, seed 001): the unit's mass representatives, service
 * recipients, heads of partner units, the area's deputies (两代表一委员), and for organizations of private firms
 * and social organizations their non-party investors or heads.
 */
public enum MassParticipantKind {
    REPRESENTATIVE,
    SERVICE_RECIPIENT,
    PARTNER_UNIT,
    DEPUTY,
    INVESTOR_OR_HEAD
}
