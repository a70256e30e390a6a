package org.jiannuo.interfaces.web.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.organization.PostView;
import org.jiannuo.application.organization.Posts;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * The person form's standing in the organization: the posts the person holds, each ended with one click
 * (the role goes at once), and the person leaving the roster. The services decide who may.
 */
@Named
@ViewScoped
public class PersonStandingSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Posts posts;

    @EJB
    private PeopleDirectory directory;

    private Long personId;
    private List<PostView> held = List.of();
    private Departure departure;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        personId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        reload();
    }

    public void stepDown(PostView post) {
        if (PageActions.run(() -> posts.stepDown(personId, post.kind(), post.unitId()), "person.postEnded")) {
            reload();
        }
    }

    /** After the departure the page is loaded anew: the whole form now shows a person off the roster. */
    public String depart() {
        if (departure == null) {
            Messages.error("person.departureReasonRequired");
            return null;
        }
        if (PageActions.call(() -> directory.depart(personId, departure)) == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("person.departed");
        return "/person?faces-redirect=true&id=" + personId;
    }

    private void reload() {
        List<PostView> found = personId == null ? null : PageActions.call(() -> posts.of(personId));
        held = found == null ? List.of() : found;
    }

    public List<PostView> getHeld() {
        return held;
    }

    public Departure[] getDepartures() {
        return Departure.values();
    }

    public Departure getDeparture() {
        return departure;
    }

    public void setDeparture(Departure departure) {
        this.departure = departure;
    }
}
