package org.jiannuo.interfaces.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jiannuo.application.audit.AuditLog;
import org.jiannuo.domain.model.audit.AuditAction;

/** 审计日志: the department admin browses and filters the trail; nothing here can change it. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLog log;

    private AuditLazyModel entries;
    private String entityId;

    @PostConstruct
    void init() {
        entries = new AuditLazyModel(log);
    }

    public AuditLazyModel getEntries() {
        return entries;
    }

    /** Set from {@code ?entityId=}: the page opens on one record's history. */
    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }
}
