package org.jiannuo.interfaces.web.fulfilment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jiannuo.application.fulfilment.CompletionRates;
import org.jiannuo.application.fulfilment.UnitCompletion;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 完成情况: the completion rate of each unit below the one chosen, as a bar chart with the late
 * share beside it, and the figures underneath; a unit with sub-units opens one level down.
 */
@Named
@ViewScoped
public class ProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CompletionRates completionRates;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private int year = LocalDate.now().getYear();
    private List<UnitCompletion> rates = List.of();

    public void load() {
        if (unit == null && !currentUser.hasRole("DEPARTMENT_ADMIN") && currentUser.getAccount() != null) {
            unit = currentUser.getAccount().scopeUnitId();
        }
        rates = List.of();
        PageActions.aboutSubject("progress.noUnit").attempt(() -> rates = completionRates.below(unit, year));
    }

    /** The Chart.js configuration of the bar chart, for p:chart. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        JsonArrayBuilder late = Json.createArrayBuilder();
        for (UnitCompletion rate : rates) {
            labels.add(rate.unitName());
            completed.add(Math.round(rate.completionRate() * 10) / 10.0);
            late.add(Math.round(rate.overdueRate() * 10) / 10.0);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(Messages.text("progress.completionRate"), completed, "#c0392b"))
                                .add(dataset(Messages.text("progress.overdueRate"), late, "#f0a30a"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "%")))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    /** Room for every bar: the chart grows with the number of units. */
    public int getChartHeight() {
        return Math.max(240, 40 + rates.size() * 34);
    }

    public List<UnitCompletion> getRates() {
        return rates;
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
}
