package org.concord.service.mediation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.analysis.AnalysisRule;
import org.concord.domain.analysis.CaseAnalysis;
import org.concord.domain.analysis.DisputeProcess;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.account.Accounts;
import org.concord.service.security.SecurityLog;

/**
 * R-M5: anyone answers the questionnaire and gets a recommended process with its reasons, each quoted from its source
 * text; CENTER_ADMIN keeps the rules. Nothing a visitor answers is stored.
 */
@Stateless
public class CaseAnalysisService {

    /** What Concord itself runs, and so can start from a recommendation. */
    private static final Set<DisputeProcess> RUN_HERE =
            Set.of(DisputeProcess.MEDIATION, DisputeProcess.EXPERT_DETERMINATION);

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PermitAll
    public RecommendationView recommend(@NotNull @Valid AnalysisForm form, Locale locale) {
        CaseAnalysis.Recommendation r = CaseAnalysis.recommend(form.getAnswers(), rulesInForce());
        DisputeProcess best = r.recommended().orElse(null);
        return new RecommendationView(
                best,
                r.ranking().stream()
                        .map(p -> new RecommendationView.Score(p, r.scores().get(p)))
                        .toList(),
                r.reasons().stream()
                        .map(x -> new RecommendationView.Reason(
                                x.rule().question(),
                                x.rule().reply(),
                                x.process(),
                                x.weight(),
                                x.rule().reason(locale),
                                x.rule().sourceDocument(),
                                x.rule().sourceSentence()))
                        .toList(),
                best != null && RUN_HERE.contains(best) ? best : null);
    }

    @PermitAll
    public List<AnalysisRuleView> rules() {
        return rulesInForce().stream().map(AnalysisRuleView::of).toList();
    }

    private List<AnalysisRule> rulesInForce() {
        return em.createNamedQuery("AnalysisRule.all", AnalysisRule.class).getResultList();
    }

    @RolesAllowed("CENTER_ADMIN")
    public AnalysisRuleView add(@NotNull AnalysisRuleForm form) {
        AnalysisRule rule = new AnalysisRule(form.getQuestion(), form.getReply(), form.getProcess());
        describe(rule, form);
        em.persist(rule);
        securityLog.configurationChanged(SecurityEvent.Type.ANALYSIS_RULE_ADDED, "rule=" + rule.id());
        return AnalysisRuleView.of(rule);
    }

    @RolesAllowed("CENTER_ADMIN")
    public AnalysisRuleView update(UUID id, @NotNull AnalysisRuleForm form) {
        AnalysisRule rule = find(id);
        describe(rule, form);
        securityLog.configurationChanged(SecurityEvent.Type.ANALYSIS_RULE_CHANGED, "rule=" + rule.id());
        return AnalysisRuleView.of(rule);
    }

    @RolesAllowed("CENTER_ADMIN")
    public void remove(UUID id) {
        AnalysisRule rule = find(id);
        em.remove(rule);
        securityLog.configurationChanged(SecurityEvent.Type.ANALYSIS_RULE_REMOVED, "rule=" + rule.id());
    }

    private AnalysisRule find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(AnalysisRule.class, id))
                .orElseThrow(NotFound::new);
    }

    private void describe(AnalysisRule rule, AnalysisRuleForm f) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        rule.describe(
                f.getQuestion(),
                f.getReply(),
                f.getProcess(),
                f.getWeight(),
                f.getReasonEn(),
                f.getReasonFr(),
                f.getReasonDe(),
                f.getSourceDocument(),
                f.getSourceSentence(),
                caller,
                clock.instant());
    }
}
