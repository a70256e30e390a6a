package org.jiannuo.interfaces.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.PostHolder;
import org.jiannuo.application.organization.Posts;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * 组织架构: the tree, one level loaded per expanded node, and the selected unit's changes. After a
 * change the tree is reloaded from the service, so it never shows what the database does not hold.
 */
@Named
@ViewScoped
public class OrganizationTreePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NOT_LOADED = "not-loaded";

    @Inject
    private transient CurrentUser currentUser;

    @EJB
    private OrganizationTree tree;

    @EJB
    private PeopleDirectory people;

    @EJB
    private Posts posts;

    private TreeNode<Object> root;
    private TreeNode<Object> selectedNode;
    private UnitNode selected;
    private String newName;
    private String publicPhone;
    private OrgUnitType childType = OrgUnitType.BRANCH;
    private String childName;
    private UnitNode moveTarget;
    private UnitNode mergeTarget;
    private PersonRow appointee;
    private Appointment post = Appointment.SECRETARY;
    private List<PostHolder> holders = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    public void onExpand(NodeExpandEvent event) {
        loadChildren(event.getTreeNode());
    }

    public void onSelect(NodeSelectEvent event) {
        selected = (UnitNode) event.getTreeNode().getData();
        newName = selected.name();
        publicPhone = selected.publicPhone();
        moveTarget = null;
        loadHolders();
    }

    /** Ends the post; the holder's account loses its role on its next request. */
    public void stepDown(PostHolder holder) {
        if (PageActions.run(() -> posts.stepDown(holder.personId(), holder.kind(), selected.id()), "person.postEnded")) {
            selected = tree.node(selected.id());
            loadHolders();
        }
    }

    public List<PostHolder> getHolders() {
        return holders;
    }

    private void loadHolders() {
        List<PostHolder> found = PageActions.call(() -> posts.inUnit(selected.id()));
        holders = found == null ? List.of() : found;
    }

    public void rename() {
        change(() -> tree.rename(selected.id(), newName), "unit.renamed");
    }

    public void changePublicPhone() {
        change(() -> tree.changePublicPhone(selected.id(), publicPhone), "unit.publicPhoneChanged");
    }

    public void addChild() {
        change(() -> tree.create(selected.id(), childType, childName), "unit.created");
        childName = null;
    }

    public void move() {
        if (moveTarget == null) {
            Messages.error("unit.chooseTarget");
            return;
        }
        change(() -> tree.move(selected.id(), moveTarget.id()), "unit.moved");
    }

    public void merge() {
        if (mergeTarget == null) {
            Messages.error("unit.chooseTarget");
            return;
        }
        change(() -> tree.merge(selected.id(), mergeTarget.id()), "unit.merged");
        mergeTarget = null;
    }

    public void appoint() {
        if (appointee == null) {
            Messages.error("unit.chooseAppointee");
            return;
        }
        change(() -> tree.appoint(selected.id(), post, appointee.id()), "unit.appointed");
        appointee = null;
    }

    public List<PersonRow> completeAppointee(String text) {
        return selected == null ? List.of() : people.search(
                new PersonSearch(text, selected.id(), null, PersonSortField.NAME, true, 0, 20)).rows();
    }

    public PersonRow getAppointee() {
        return appointee;
    }

    public void setAppointee(PersonRow appointee) {
        this.appointee = appointee;
    }

    public Appointment getPost() {
        return post;
    }

    public void setPost(Appointment post) {
        this.post = post;
    }

    /**
     * The posts the selected unit offers: branch staff in a branch only; the department admin, a post over
     * the whole tenant, to department admins only.
     */
    public List<Appointment> getPosts() {
        return Arrays.stream(Appointment.values())
                .filter(post -> post != Appointment.BRANCH_STAFF
                        || (selected != null && selected.type() == OrgUnitType.BRANCH))
                .filter(post -> post != Appointment.DEPARTMENT_ADMIN || currentUser.hasRole(Role.DEPARTMENT_ADMIN.name()))
                .toList();
    }

    public List<UnitNode> completeMergeTarget(String text) {
        return tree.branches(text).stream().filter(branch -> selected == null || branch.id() != selected.id()).toList();
    }

    public UnitNode getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(UnitNode mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    public void dissolve() {
        change(() -> tree.dissolve(selected.id()), "unit.dissolvedDone");
    }

    public List<UnitNode> completeMoveTarget(String text) {
        return selected == null ? List.of() : tree.moveTargets(selected.id(), text);
    }

    private void change(Supplier<UnitNode> action, String doneMessage) {
        PageActions.run(() -> {
            UnitNode changed = action.get();
            selected = tree.node(selected.id());
            newName = selected.name();
            publicPhone = selected.publicPhone();
            loadHolders();
            reload();
            Messages.info(doneMessage, changed.name());
        });
    }

    private void reload() {
        root = new DefaultTreeNode<>("root", null);
        for (UnitNode unit : tree.children(null)) {
            TreeNode<Object> node = add(unit, root);
            node.setExpanded(true);
            loadChildren(node);
        }
    }

    private void loadChildren(TreeNode<Object> node) {
        if (node.getChildCount() == 1 && NOT_LOADED.equals(node.getChildren().get(0).getData())) {
            node.getChildren().clear();
        }
        if (node.getChildCount() == 0 && node.getData() instanceof UnitNode unit && unit.hasChildren()) {
            tree.children(unit.id()).forEach(child -> add(child, node));
        }
    }

    private TreeNode<Object> add(UnitNode unit, TreeNode<Object> parent) {
        TreeNode<Object> node = new DefaultTreeNode<>(unit.type().name(), unit, parent);
        if (unit.hasChildren()) {
            new DefaultTreeNode<>(NOT_LOADED, NOT_LOADED, node);
        }
        if (selected != null && selected.id() == unit.id()) {
            node.setSelected(true);
            selectedNode = node;
        }
        return node;
    }

    public TreeNode<Object> getRoot() {
        return root;
    }

    public TreeNode<Object> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Object> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public UnitNode getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public void setPublicPhone(String publicPhone) {
        this.publicPhone = publicPhone;
    }

    public OrgUnitType getChildType() {
        return childType;
    }

    public void setChildType(OrgUnitType childType) {
        this.childType = childType;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public UnitNode getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(UnitNode moveTarget) {
        this.moveTarget = moveTarget;
    }

    public OrgUnitType[] getUnitTypes() {
        return OrgUnitType.values();
    }
}
