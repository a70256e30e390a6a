package org.jiannuo.interfaces.web.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.domain.model.person.PartyStatus;

/** 人员名册: the people the user may see, filtered, sorted and paged by the database. */
@Named
@ViewScoped
public class PeopleListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleDirectory directory;

    private PeopleLazyModel people;

    @PostConstruct
    void init() {
        people = new PeopleLazyModel(directory);
    }

    public PeopleLazyModel getPeople() {
        return people;
    }

    public PartyStatus[] getPartyStatuses() {
        return PartyStatus.values();
    }
}
