package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.concord.service.statistics.CaseloadChart;
import org.concord.service.statistics.CaseloadChart.Month;
import org.concord.service.statistics.CaseloadFigures;

/**
 * R-STAT.3: the staff's picture of the caseload on the start page: two Chart.js charts (PrimeFaces {@code p:chart},
 * the configuration written here as JSON) and the same numbers in a table. Staff only: nobody else reaches the
 * service, and the page renders the section for staff alone. Read once per request.
 */
@Named
@RequestScoped
public class CaseloadChartBacking {

    /** Colours told apart also without colour vision (blue/orange), with a dashed line for the open caseload. */
    private static final String RECEIVED = "#1f5fa8";

    private static final String ENDED = "#c05600";
    private static final String OPEN = "#333333";
    private static final String MET = "#1f7a3a";
    private static final String MISSED = "#b00020";

    @Inject
    private CaseloadFigures figures;

    @Inject
    private HomeBacking home;

    private CaseloadChart chart;

    /** The figures; {@code null} for anyone but staff. */
    public CaseloadChart getChart() {
        if (chart == null && home.isStaff()) {
            chart = figures.chart();
        }
        return chart;
    }

    /** The month as the page's language names it ("Mar 2026", "mars 2026"). */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", locale()).format(month);
    }

    /** Received and ended per month as bars, the open caseload at each month's end as a line. */
    public String getCaseloadJson() {
        List<Month> months = getChart().months();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("bar", Messages.text("caseload.received"), RECEIVED, months, Month::received))
                .add(dataset("bar", Messages.text("caseload.ended"), ENDED, months, Month::ended))
                .add(dataset("line", Messages.text("caseload.open"), OPEN, months, Month::openAtEnd)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(3))
                        .add("yAxisID", "open"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", axis(Messages.text("caseload.axis.perMonth")).add("position", "left"))
                .add(
                        "open",
                        axis(Messages.text("caseload.axis.open"))
                                .add("position", "right")
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return config(months, datasets, scales);
    }

    /** The time limits met and missed per month, as stacked bars per time limit. */
    public String getTimeLimitsJson() {
        List<Month> months = getChart().months();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("bar", Messages.text("caseload.appointmentsMet"), MET, months, Month::appointmentsMet)
                        .add("stack", "appointment"))
                .add(dataset(
                                "bar",
                                Messages.text("caseload.appointmentsMissed"),
                                MISSED,
                                months,
                                Month::appointmentsMissed)
                        .add("stack", "appointment"))
                .add(dataset("bar", Messages.text("caseload.resolutionsMet"), MET, months, Month::resolutionsMet)
                        .add("stack", "resolution")
                        .add("borderWidth", 2)
                        .add("borderColor", "#000000"))
                .add(dataset(
                                "bar",
                                Messages.text("caseload.resolutionsMissed"),
                                MISSED,
                                months,
                                Month::resolutionsMissed)
                        .add("stack", "resolution")
                        .add("borderWidth", 2)
                        .add("borderColor", "#000000"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", axis(Messages.text("caseload.axis.timeLimits")).add("stacked", true));
        return config(months, datasets, scales);
    }

    private String config(List<Month> months, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(month(m.month())));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(
            String type, String label, String colour, List<Month> months, ToIntFunction<Month> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        months.forEach(m -> data.add(value.applyAsInt(m)));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", colour)
                .add("fill", false);
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }
}
