package org.jiannuo.application.opinion;

import org.jiannuo.domain.model.opinion.TargetKind;

/**
 * An opinion as the public board sends it: the target by its public key (a unit, a commitment or a grade of the
 * page the writer was reading); name and contact may be empty.
 */
public record BoardOpinion(TargetKind kind, String targetKey, String text, String name, String contact) {
}
