package org.jiannuo.interfaces.web.commitment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentLetters;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.LetterItem;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.fulfilment.DueItem;
import org.jiannuo.application.fulfilment.Reminders;
import org.jiannuo.application.fulfilment.Reminders.ReminderView;
import org.jiannuo.application.fulfilment.WhatIsDue;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentForm;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.interfaces.report.CommitmentLetterReport;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
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
        try {
            rules = yearRules.of(year);
            items = unit != null ? book.ofUnit(unit, year) : person != null ? book.ofPerson(person, year) : List.of();
            found = unit != null || person != null;
            due = unit != null ? whatIsDue.forUnit(unit, year) : person != null ? whatIsDue.forPerson(person, year)
                    : List.of();
            reminderList = reminders.mine();
            form = unit != null ? CommitmentForm.COLLECTIVE : CommitmentForm.PERSONAL;
        } catch (PersonNotFoundException | UnitNotFoundException | AccessDeniedException e) {
            found = false;
            items = List.of();
            Messages.error("commitment.ownerNotFound");
        }
    }

    public void save() {
        CommitmentDraft draft = new CommitmentDraft(kind, form, category, content, measures, dueDate);
        try {
            if (editingId != null) {
                book.revise(editingId, editingVersion, draft);
                Messages.info("commitment.revised");
            } else if (unit != null) {
                book.draftForUnit(unit, year, draft);
                Messages.info("commitment.added");
            } else {
                book.draftForPerson(person, year, draft);
                Messages.info("commitment.added");
            }
            clearForm();
            load();
        } catch (RuleViolation e) {
            Messages.ruleViolated(e);
        } catch (StaleEditException | EJBTransactionRolledbackException e) {
            Messages.error("commitment.stale");
            load();
        } catch (AccessDeniedException e) {
            Messages.error("access.denied");
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
        try {
            items = unit != null ? book.submitForUnit(unit, year) : book.submitForPerson(person, year);
            Messages.info("commitment.submitted");
        } catch (RuleViolation e) {
            Messages.ruleViolated(e);
        } catch (StaleEditException | EJBTransactionRolledbackException e) {
            Messages.error("commitment.stale");
            load();
        } catch (AccessDeniedException e) {
            Messages.error("access.denied");
        }
    }

    /** The year's categories, with the two duties of leading cadres when the year asks for them. */
    public List<String> getCategories() {
        List<String> categories = new ArrayList<>(rules.categories());
        if (rules.leadingCadreDuties() && unit == null) {
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
        List<LetterItem> items = unit != null ? letters.ofUnit(unit, year) : letters.ofPerson(person, year);
        return letterFile(items);
    }

    /** Every member's letter of the organization shown, one per page. */
    public StreamedContent getMembersLetters() {
        return letterFile(letters.ofMembers(unit, year));
    }

    /** The owner's 承诺卡, to post at the workplace. */
    public StreamedContent getCard() {
        List<LetterItem> cardItems = unit != null ? letters.ofUnit(unit, year) : letters.ofPerson(person, year);
        int cardYear = year;
        return DefaultStreamedContent.builder()
                .name("commitment-card-" + cardYear + ".pdf")
                .contentType("application/pdf")
                .writer(out -> letterReport.writeCards(cardItems, cardYear, out))
                .build();
    }

    public void markRead(ReminderView reminder) {
        reminders.markRead(reminder.id());
        reminderList = reminders.mine();
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
        return DefaultStreamedContent.builder()
                .name("commitment-letters-" + letterYear + ".pdf")
                .contentType("application/pdf")
                .writer(out -> letterReport.write(items, letterYear, out))
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
