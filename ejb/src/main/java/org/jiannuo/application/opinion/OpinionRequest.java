package org.jiannuo.application.opinion;

import org.jiannuo.domain.model.opinion.TargetKind;

/** An opinion as the writer (or the staff member on the phone) gives it; name and contact may be empty. */
public record OpinionRequest(TargetKind kind, long targetId, String text, String name, String contact) {
}
