package org.jiannuo.interfaces.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.domain.model.person.LeadingCadreLevel;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 人员信息: one person's form. Field checks give messages beside the fields; the service's rules,
 * access checks and the concurrent-edit check give a message at the top and change nothing.
 */
@Named
@ViewScoped
public class PersonFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleDirectory directory;

    @EJB
    private OrganizationTree tree;

    private UnitNode transferTarget;

    private Long id;
    private PersonDetails details;

    @NotBlank
    @Size(max = 60)
    private String name;

    @Pattern(regexp = "|1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{person.phone.pattern}")
    private String phone;

    @Size(max = 200)
    @Email(message = "{person.email.pattern}")
    private String email;

    private PartyStatus partyStatus;
    @Size(max = 100)
    private String post;
    @Size(max = 100)
    private String assignedPost;
    private LeadingCadreLevel leadingCadreLevel;
    private boolean retired;
    private boolean infirm;
    private boolean floating;
    @Size(max = 200)
    private String floatingLocation;
    private VillageCategory villageCategory;

    /** Called from the view's f:viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            Messages.error("person.notFound");
            return;
        }
        details = null;
        PageActions.aboutSubject("person.notFound").attempt(() -> show(directory.details(id)));
    }

    public void save() {
        PersonProfile profile = new PersonProfile(name, phone, email, partyStatus, post, assignedPost,
                leadingCadreLevel, retired, infirm, floating, floatingLocation, villageCategory);
        PageActions.onStale("person.stale").attempt(() -> {
            show(directory.revise(id, details.version(), profile));
            Messages.info("person.saved");
        });
    }

    public void transfer() {
        if (transferTarget == null) {
            Messages.error("unit.chooseTarget");
            return;
        }
        PageActions.run(() -> {
            show(directory.transfer(id, transferTarget.id()));
            Messages.info("person.transferred", transferTarget.name());
            transferTarget = null;
        });
    }

    public List<UnitNode> completeBranch(String text) {
        return tree.branches(text);
    }

    public UnitNode getTransferTarget() {
        return transferTarget;
    }

    public void setTransferTarget(UnitNode transferTarget) {
        this.transferTarget = transferTarget;
    }

    private void show(PersonDetails loaded) {
        details = loaded;
        PersonProfile profile = loaded.profile();
        name = profile.name();
        phone = profile.phone();
        email = profile.email();
        partyStatus = profile.partyStatus();
        post = profile.post();
        assignedPost = profile.assignedPost();
        leadingCadreLevel = profile.leadingCadreLevel();
        retired = profile.retired();
        infirm = profile.infirm();
        floating = profile.floating();
        floatingLocation = profile.floatingLocation();
        villageCategory = profile.villageCategory();
    }

    public PartyStatus[] getPartyStatuses() {
        return PartyStatus.values();
    }

    public LeadingCadreLevel[] getLeadingCadreLevels() {
        return LeadingCadreLevel.values();
    }

    public VillageCategory[] getVillageCategories() {
        return VillageCategory.values();
    }

    public PersonDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public PartyStatus getPartyStatus() {
        return partyStatus;
    }

    public void setPartyStatus(PartyStatus partyStatus) {
        this.partyStatus = partyStatus;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getAssignedPost() {
        return assignedPost;
    }

    public void setAssignedPost(String assignedPost) {
        this.assignedPost = assignedPost;
    }

    public LeadingCadreLevel getLeadingCadreLevel() {
        return leadingCadreLevel;
    }

    public void setLeadingCadreLevel(LeadingCadreLevel leadingCadreLevel) {
        this.leadingCadreLevel = leadingCadreLevel;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public boolean isInfirm() {
        return infirm;
    }

    public void setInfirm(boolean infirm) {
        this.infirm = infirm;
    }

    public boolean isFloating() {
        return floating;
    }

    public void setFloating(boolean floating) {
        this.floating = floating;
    }

    public String getFloatingLocation() {
        return floatingLocation;
    }

    public void setFloatingLocation(String floatingLocation) {
        this.floatingLocation = floatingLocation;
    }

    public VillageCategory getVillageCategory() {
        return villageCategory;
    }

    public void setVillageCategory(VillageCategory villageCategory) {
        this.villageCategory = villageCategory;
    }
}
