package org.jiannuo.interfaces.web.commitment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentLetters;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.LetterItem;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.fulfilment.DueItem;
import org.jiannuo.application.fulfilment.Reminders;
import org.jiannuo.application.fulfilment.Reminders.ReminderView;
import org.jiannuo.application.fulfilment.WhatIsDue;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentForm;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.interfaces.report.CommitmentLetterReport;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 我的承诺: one owner's commitments of a year — the member's own, a member's entered by staff
 * (oral), or an organization's — written, revised and submitted for review.
 */
@Named
@ViewScoped
public class CommitmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommitmentBook book;

    @EJB
    private YearRules yearRules;

    @EJB
    private CommitmentLetters letters;

    @EJB
    private WhatIsDue whatIsDue;

    @EJB
    private Reminders reminders;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CommitmentLetterReport letterReport;

    private Long person;
    private Long unit;
    private CommitmentOwner owner;
    private int year = LocalDate.now().getYear();
    private RulesSettings rules;
    private List<CommitmentView> items = List.of();
    private List<DueItem> due = List.of();
    private List<ReminderView> reminderList = List.of();
    private boolean found;

    private Long editingId;
    private long editingVersion;
    private CommitmentKind kind = CommitmentKind.ANNUAL;
    private CommitmentForm form = CommitmentForm.PERSONAL;
    private String category;
    private String content;
    private String measures;
    private LocalDate dueDate;

    /** Called from the view's f:viewAction once the parameters are set. */
    public void load() {
        if (unit == null && person == null) {
            person = currentUser.getAccount() == null ? null : currentUser.getAccount().personId();
        }
        rules = yearRules.of(year);
        owner = unit != null ? CommitmentOwner.organization(unit) : person != null ? CommitmentOwner.person(person) : null;
        if (owner == null) {
            found = false;
            return;
        }
        found = PageActions.aboutSubject("commitment.ownerNotFound").attempt(() -> {
            items = book.of(owner, year);
            due = whatIsDue.of(owner, year);
            reminderList = reminders.mine(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            form = owner.isOrganization() ? CommitmentForm.COLLECTIVE : CommitmentForm.PERSONAL;
        });
        if (!found) {
            items = List.of();
        }
    }

    public void save() {
        CommitmentDraft draft = new CommitmentDraft(kind, form, category, content, measures, dueDate);
        boolean revising = editingId != null;
        if (stale().attempt(() -> {
            if (revising) {
                book.revise(editingId, editingVersion, draft);
            } else {
                book.draft(owner, year, draft);
            }
        })) {
            Messages.info(revising ? "commitment.revised" : "commitment.added");
            clearForm();
            load();
        }
    }

    public void edit(CommitmentView item) {
        editingId = item.id();
        editingVersion = item.version();
        kind = item.kind();
        form = item.form();
        category = item.category();
        content = item.content();
        measures = item.measures();
        dueDate = item.dueDate();
    }

    public void clearForm() {
        editingId = null;
        kind = CommitmentKind.ANNUAL;
        category = null;
        content = null;
        measures = null;
        dueDate = null;
    }

    public void submit() {
        stale().attempt(() -> {
            items = book.submit(owner, year);
            Messages.info("commitment.submitted");
        });
    }

    /** A concurrent change or review of an item is told in the screen's words, and the items shown again. */
    private PageActions stale() {
        return PageActions.onStale("commitment.stale", this::load);
    }

    /** The year's categories, with the two duties of leading cadres when the year asks for them. */
    public List<String> getCategories() {
        List<String> categories = new ArrayList<>(rules.categories());
        if (rules.leadingCadreDuties() && (owner == null || !owner.isOrganization())) {
            categories.addAll(CategorySet.LEADING_CADRE_DUTIES);
        }
        return categories;
    }

    public String getRulesSummary() {
        return Messages.text("commitments.rules", String.join("、", rules.categories()), rules.memberMinimum(),
                rules.memberMaximum(), rules.organizationMinimum(), rules.organizationMaximum(),
                rules.publicationDeadline().toString());
    }

    /** The owner's 公开承诺书, of the items approved so far. */
    public StreamedContent getLetter() {
        return letterFile(letters.of(owner, year));
    }

    /** Every member's letter of the organization shown, one per page. */
    public StreamedContent getMembersLetters() {
        return letterFile(letters.ofMembers(unit, year));
    }

    /** The owner's 承诺卡, to post at the workplace. */
    public StreamedContent getCard() {
        List<LetterItem> cardItems = letters.of(owner, year);
        int cardYear = year;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DefaultStreamedContent.builder()
                .name("commitment-card-" + cardYear + ".pdf")
                .contentType("application/pdf")
                .writer(out -> letterReport.writeCards(cardItems, cardYear, locale, out))
                .build();
    }

    public void markRead(ReminderView reminder) {
        reminders.markRead(reminder.id());
        reminderList = reminders.mine(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Approved items have a fulfilment file to open. */
    public boolean hasFulfilment(CommitmentView item) {
        return item.status().isApproved();
    }

    public List<DueItem> getDue() {
        return due;
    }

    public List<ReminderView> getReminders() {
        return reminderList;
    }

    private StreamedContent letterFile(List<LetterItem> items) {
        int letterYear = year;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DefaultStreamedContent.builder()
                .name("commitment-letters-" + letterYear + ".pdf")
                .contentType("application/pdf")
                .writer(out -> letterReport.write(items, letterYear, locale, out))
                .build();
    }

    public boolean isEditable(CommitmentView item) {
        return item.status().isEditableByOwner();
    }

    public CommitmentKind[] getKinds() {
        return CommitmentKind.values();
    }

    public CommitmentForm[] getForms() {
        return CommitmentForm.values();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
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

    public void setYear(int year) {
        this.year = year;
    }

    public RulesSettings getRules() {
        return rules;
    }

    public List<CommitmentView> getItems() {
        return items;
    }

    public boolean isFound() {
        return found;
    }

    public Long getEditingId() {
        return editingId;
    }

    public CommitmentKind getKind() {
        return kind;
    }

    public void setKind(CommitmentKind kind) {
        this.kind = kind;
    }

    public CommitmentForm getForm() {
        return form;
    }

    public void setForm(CommitmentForm form) {
        this.form = form;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
