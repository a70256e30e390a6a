package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.stars.DutyPosts;
import org.jiannuo.application.stars.HouseholdView;
import org.jiannuo.application.stars.Households;
import org.jiannuo.application.stars.MemberStarLine;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.TargetView;
import org.jiannuo.application.stars.VillageOption;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 创星管理, a village's star book for its keepers and readers ({@code ?unit=}, by default the caller's own unit, or
 * the first of the villages they read; a picker over several):
 * the members with their target, signature, posts and households against 1+2; the households and who keeps them,
 * those nobody keeps; signing the responsibility letters; a township's own posts.
 */
@Named
@ViewScoped
public class VillagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarTargets targets;

    @EJB
    private Households households;

    @EJB
    private DutyPosts posts;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private VillagePicker picker;
    private int year;
    private List<MemberStarLine> members = List.of();
    private List<HouseholdView> all = List.of();
    private List<HouseholdView> unkept = List.of();
    private String head;
    private String address;
    private String phone;
    private Long linkMember;
    private Long linkHousehold;
    private String postName;
    private String postDuties;

    public void load() {
        picker = new VillagePicker(targets);
        unit = picker.choose(unit, currentUser.getAccount().scopeUnitId());
        year = targets.currentYear();
        if (unit != null) {
            refresh();
        }
    }

    private void refresh() {
        members = PageActions.orNotFound(() -> targets.ofUnit(unit, year));
        if (members == null) {
            members = List.of();
            return;
        }
        all = households.ofUnit(unit);
        unkept = households.withoutLiaison(unit);
    }

    public void sign(MemberStarLine line) {
        TargetView target = PageActions.call(() -> targets.of(line.personId(), year));
        if (target != null && PageActions.onStale("stars.stale", this::refresh).attempt(() ->
                targets.sign(line.personId(), year, target.version()))) {
            Messages.info("stars.signed", line.name());
            refresh();
        }
    }

    public void addHousehold() {
        if (PageActions.run(() -> households.add(unit, head, address, phone), "stars.householdAdded")) {
            head = null;
            address = null;
            phone = null;
            refresh();
        }
    }

    public void link() {
        if (linkMember == null || linkHousehold == null) {
            Messages.error("stars.chooseLink");
            return;
        }
        if (PageActions.run(() -> households.link(linkMember, linkHousehold), "stars.linked")) {
            refresh();
        }
    }

    public void definePost() {
        if (PageActions.run(() -> posts.define(unit, postName, postDuties), "stars.postDefined")) {
            postName = null;
            postDuties = null;
        }
    }

    public String letterUrl(long personId) {
        return "api/v1/stars/targets/" + personId + "/" + year + "/letter";
    }

    public boolean isKeeper() {
        return currentUser.isRosterKeeper();
    }

    public boolean isTownship() {
        return currentUser.hasRole("COMMITTEE_SECRETARY") || currentUser.hasRole("DEPARTMENT_ADMIN");
    }

    public List<VillageOption> getVillages() {
        return picker.villages();
    }

    public boolean isPicking() {
        return picker.isShown();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public int getYear() {
        return year;
    }

    public List<MemberStarLine> getMembers() {
        return members;
    }

    public List<HouseholdView> getAll() {
        return all;
    }

    public List<HouseholdView> getUnkept() {
        return unkept;
    }

    public String getHead() {
        return head;
    }

    public void setHead(String head) {
        this.head = head;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getLinkMember() {
        return linkMember;
    }

    public void setLinkMember(Long linkMember) {
        this.linkMember = linkMember;
    }

    public Long getLinkHousehold() {
        return linkHousehold;
    }

    public void setLinkHousehold(Long linkHousehold) {
        this.linkHousehold = linkHousehold;
    }

    public String getPostName() {
        return postName;
    }

    public void setPostName(String postName) {
        this.postName = postName;
    }

    public String getPostDuties() {
        return postDuties;
    }

    public void setPostDuties(String postDuties) {
        this.postDuties = postDuties;
    }
}
