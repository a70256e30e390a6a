package org.jiannuo.interfaces.web.opinion;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jiannuo.application.opinion.BoxTarget;
import org.jiannuo.application.opinion.PublicOpinionBox;
import org.jiannuo.domain.model.opinion.OpinionState;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.interfaces.i18n.Bundle;

/**
 * The suggestion box's public pages (board/opinion.xhtml, board/reply.xhtml): stateless views without a form of
 * JSF's, so that no session is made; the form itself is sent by opinion-box.js to the public API. This bean only
 * says what the opinion is about; the language is the board's ({@code ?lang=en}).
 */
@Named
@RequestScoped
public class OpinionBoxPage {

    private static final Pattern TARGET = Pattern.compile("(UNIT|COMMITMENT|GRADE):[A-Za-z0-9_-]{1,64}");

    @EJB
    private PublicOpinionBox box;

    private String tenant;
    private String target;
    private BoxTarget about;

    /** Finds the target; an unknown tenant or target, or one not public, answers 404 with the same words. */
    public void load() {
        about = target == null || !TARGET.matcher(target).matches() ? null
                : box.target(tenant, TargetKind.valueOf(target.split(":", 2)[0]), target.split(":", 2)[1]).orElse(null);
        if (about == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The words of each state for the reply page's script, as JSON. */
    public String getStateWords() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<String, String> words = new LinkedHashMap<>();
        for (OpinionState state : OpinionState.values()) {
            words.put(state.name(), Bundle.text(locale, "opinion.state." + state));
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(words);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the state words", e);
        }
    }

    public BoxTarget getAbout() {
        return about;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
