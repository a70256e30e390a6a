package org.jiannuo.interfaces.web.appraisal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** The Chart.js configuration of a stacked bar chart, for p:chart: series of the same stack pile up. */
public final class StackedBarChart {

    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();

    public StackedBarChart(List<String> labels) {
        labels.forEach(this.labels::add);
    }

    /** One series, a value per label; a null value leaves the bar out. */
    public StackedBarChart series(String label, String stack, String colour, List<Long> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Long value : values) {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
        datasets.add(Json.createObjectBuilder().add("label", label).add("stack", stack).add("data", data)
                .add("backgroundColor", colour));
        return this;
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
