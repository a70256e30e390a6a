package org.jiannuo.interfaces.web.fulfilment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.interfaces.report.LedgerReport;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.reports.ReportFormat;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 践诺台账: every approved item of a branch or a committee's subtree, filtered and sorted by the
 * database, exported as PDF or XLSX.
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FulfilmentLedger ledger;

    @EJB
    private OrganizationTree tree;

    @EJB
    private YearRules yearRules;

    @Inject
    private LedgerReport report;

    private Long unit;
    private int year = LocalDate.now().getYear();
    private CommitmentStatus status;
    private String category;
    private String text;
    private boolean overdueOnly;
    private List<UnitNode> units = List.of();
    private List<String> categories = List.of();
    private LedgerModel model;

    public void load() {
        if (!PageActions.aboutSubject("ledger.noUnit").attempt(this::loadUnits)) {
            unit = null;
        }
    }

    /** The units to choose from (the top ones and those below the chosen one), and the chosen one's ledger. */
    private void loadUnits() {
        List<UnitNode> tops = tree.children(null);
        if (unit == null && !tops.isEmpty()) {
            unit = tops.get(0).id();
        }
        if (unit == null) {
            Messages.error("ledger.noUnit");
            return;
        }
        List<UnitNode> choices = new ArrayList<>(tops);
        tree.children(unit).stream().filter(child -> choices.stream().noneMatch(top -> top.id() == child.id()))
                .forEach(choices::add);
        if (choices.stream().noneMatch(choice -> choice.id() == unit)) {
            choices.add(0, tree.node(unit));
        }
        units = choices;
        categories = yearRules.of(year).categories();
        search();
    }

    public void search() {
        model = new LedgerModel(ledger, filter());
    }

    private LedgerFilter filter() {
        return new LedgerFilter(unit, year, status, category, text, overdueOnly, null, false);
    }

    public StreamedContent getPdf() {
        return export(ReportFormat.PDF, "pdf", "application/pdf");
    }

    public StreamedContent getXlsx() {
        return export(ReportFormat.XLSX, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private StreamedContent export(ReportFormat format, String extension, String contentType) {
        LedgerFilter exported = filter();
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DefaultStreamedContent.builder()
                .name("ledger-" + year + "-" + LocalDate.now() + "." + extension)
                .contentType(contentType)
                .writer(out -> report.write(ledger, exported, format, locale, out))
                .build();
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.approved().toArray(CommitmentStatus[]::new);
    }

    public long daysLate(LedgerLine line) {
        return line.daysLate(LocalDate.now());
    }

    public LedgerModel getModel() {
        return model;
    }

    public List<UnitNode> getUnits() {
        return units;
    }

    public List<String> getCategories() {
        return categories;
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

    public CommitmentStatus getStatus() {
        return status;
    }

    public void setStatus(CommitmentStatus status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
