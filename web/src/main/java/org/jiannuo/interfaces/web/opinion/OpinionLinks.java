package org.jiannuo.interfaces.web.opinion;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.opinion.BoxTarget;
import org.jiannuo.application.opinion.PublicOpinionBox;
import org.jiannuo.domain.model.opinion.TargetKind;

/** What the suggestion box adds under a board page ({@code WEB-INF/board/opinion-links.xhtml}): the unit's public phone. */
@Named
@RequestScoped
public class OpinionLinks {

    @EJB
    private PublicOpinionBox box;

    /** The phone a unit's board shows for opinions, or null. */
    public String phone(String tenantKey, String unitKey) {
        return box.target(tenantKey, TargetKind.UNIT, unitKey).map(BoxTarget::publicPhone).orElse(null);
    }
}
