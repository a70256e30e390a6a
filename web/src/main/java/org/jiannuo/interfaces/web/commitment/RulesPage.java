package org.jiannuo.interfaces.web.commitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** 承诺规则: the department admin sets the year's categories, item counts and deadline. */
@Named
@ViewScoped
public class RulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private YearRules yearRules;

    private int year = LocalDate.now().getYear();
    private String categories;
    private int memberMinimum;
    private int memberMaximum;
    private int organizationMinimum;
    private int organizationMaximum;
    private LocalDate publicationDeadline;
    private boolean leadingCadreDuties;

    @PostConstruct
    void init() {
        show(yearRules.of(year));
    }

    public void changeYear() {
        show(yearRules.of(year));
    }

    public void useSet(CategorySet set) {
        categories = String.join("、", set.categories());
    }

    public void save() {
        RulesSettings settings = new RulesSettings(Arrays.asList(categories == null ? new String[0]
                : categories.split("[、,，\\s]+")), memberMinimum, memberMaximum, organizationMinimum,
                organizationMaximum, publicationDeadline, leadingCadreDuties);
        RulesSettings saved = PageActions.onStale("rules.stale").obtain(() -> yearRules.change(year, settings));
        if (saved != null) {
            show(saved);
            Messages.info("rules.saved", year);
        }
    }

    private void show(RulesSettings settings) {
        categories = String.join("、", settings.categories());
        memberMinimum = settings.memberMinimum();
        memberMaximum = settings.memberMaximum();
        organizationMinimum = settings.organizationMinimum();
        organizationMaximum = settings.organizationMaximum();
        publicationDeadline = settings.publicationDeadline();
        leadingCadreDuties = settings.leadingCadreDuties();
    }

    public CategorySet[] getSets() {
        return CategorySet.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public int getMemberMinimum() {
        return memberMinimum;
    }

    public void setMemberMinimum(int memberMinimum) {
        this.memberMinimum = memberMinimum;
    }

    public int getMemberMaximum() {
        return memberMaximum;
    }

    public void setMemberMaximum(int memberMaximum) {
        this.memberMaximum = memberMaximum;
    }

    public int getOrganizationMinimum() {
        return organizationMinimum;
    }

    public void setOrganizationMinimum(int organizationMinimum) {
        this.organizationMinimum = organizationMinimum;
    }

    public int getOrganizationMaximum() {
        return organizationMaximum;
    }

    public void setOrganizationMaximum(int organizationMaximum) {
        this.organizationMaximum = organizationMaximum;
    }

    public LocalDate getPublicationDeadline() {
        return publicationDeadline;
    }

    public void setPublicationDeadline(LocalDate publicationDeadline) {
        this.publicationDeadline = publicationDeadline;
    }

    public boolean isLeadingCadreDuties() {
        return leadingCadreDuties;
    }

    public void setLeadingCadreDuties(boolean leadingCadreDuties) {
        this.leadingCadreDuties = leadingCadreDuties;
    }
}
