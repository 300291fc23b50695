package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.statistics.Period;
import org.concord.domain.statistics.TableSpec;
import org.concord.service.Page;
import org.concord.service.statistics.DecisionView;
import org.concord.service.statistics.GateRunStarted;
import org.concord.service.statistics.LedgerView;
import org.concord.service.statistics.PublicationForm;
import org.concord.service.statistics.PublicationView;
import org.concord.service.statistics.RunForm;
import org.concord.service.statistics.StatisticsService;

/**
 * The console's statistics page: administrators define publications and run the publication gate; staff see every
 * decision with its reasons and evidence, and verify the ledgers (R-13.3, R-STAT.1–R-STAT.3).
 */
@Named
@ViewScoped
@ShowsRefusals
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 20;

    @Inject
    private StatisticsService statistics;

    private PublicationForm publication = new PublicationForm();
    private RunForm run;
    private List<PublicationView> publications;
    private Page<DecisionView> decisions;
    private int page;
    /** The publication to run, as the select sends it (an id; the select offers only those that exist). */
    private String publicationId;

    private DecisionView shown;
    private List<LedgerView> ledgers;

    @PostConstruct
    void init() {
        run = statistics.suggestedRun();
    }

    /** Every table a publication may print (R-STAT.1). */
    public List<String> getTableChoices() {
        return TableSpec.all().stream().map(TableSpec::code).toList();
    }

    /** "Outcome × Matter" in the reader's language. */
    public String tableLabel(String code) {
        return TableSpec.parse(code).dimensions().stream()
                .map(d -> Messages.text("statistics.dimension." + d))
                .collect(Collectors.joining(" × "));
    }

    public Period.Kind[] getPeriodKinds() {
        return Period.Kind.values();
    }

    public void define() {
        statistics.define(publication);
        publication = new PublicationForm();
        publications = null;
        Messages.info("statistics.defined");
    }

    /**
     * Starts the gate in the background (issue 24) and goes to the run's own page, where its progress and then its
     * result show (post/redirect/get: the page can be reloaded and bookmarked). A request for the release already
     * running joins that run.
     */
    public String start() {
        run.setPublication(publicationId == null || publicationId.isBlank() ? null : UUID.fromString(publicationId));
        GateRunStarted started = statistics.start(run);
        if (started.joined()) {
            Messages.info("statistics.run.joined");
        }
        return "/console/statistics-run?faces-redirect=true&id=" + started.run().id();
    }

    /** Verifies every year's ledger. */
    public void verifyLedgers() {
        ledgers = statistics.ledgers();
    }

    public List<LedgerView> getLedgers() {
        return ledgers;
    }

    public void show(UUID id) {
        shown = statistics.decision(id);
    }

    public List<PublicationView> getPublications() {
        if (publications == null) {
            publications = statistics.publications();
        }
        return publications;
    }

    public Page<DecisionView> getDecisions() {
        if (decisions == null) {
            decisions = statistics.decisions(page, PAGE);
        }
        return decisions;
    }

    public void next() {
        page++;
        decisions = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        decisions = null;
    }

    public PublicationForm getPublication() {
        return publication;
    }

    public RunForm getRun() {
        return run;
    }

    public String getPublicationId() {
        return publicationId;
    }

    public void setPublicationId(String publicationId) {
        this.publicationId = publicationId;
    }

    public DecisionView getShown() {
        return shown;
    }
}
