package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.procedure.Matter;
import org.concord.service.neutral.NeutralProfileService;
import org.concord.service.neutral.NeutralProfileView;
import org.concord.service.neutral.ProfileForm;

/**
 * The console's directory of neutrals: staff read the profiles the ranking of and the conflict check of R-9
 * use; CENTER_ADMIN edits one. Lists are typed as text: codes and keywords separated by commas, one absence
 * ({@code 2027-07-01 2027-07-31}) or relationship ({@code PAST_CLIENT; Streamly Ltd; streamly.example}) a line.
 */
@Named
@ViewScoped
@ShowsRefusals
public class NeutralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NeutralProfileService appointments;

    private List<NeutralProfileView> all;

    private String editing;
    /** The profile being edited; the page binds its inputs to it (lists typed as text: {@link ProfileConverters}). */
    private ProfileForm form = new ProfileForm();

    public List<NeutralProfileView> getNeutrals() {
        if (all == null) {
            all = appointments.profiles();
        }
        return all;
    }

    /** Opens the form on {@code email}'s profile. */
    public void edit(String email) {
        NeutralProfileView p = appointments.profile(email);
        editing = p.email();
        form = new ProfileForm();
        form.setCountries(new ArrayList<>(p.countries()));
        form.setLanguages(new ArrayList<>(p.languages()));
        form.setMatters(p.matters().isEmpty() ? EnumSet.noneOf(Matter.class) : EnumSet.copyOf(p.matters()));
        form.setCertifications(
                p.certifications().isEmpty()
                        ? EnumSet.noneOf(Certification.class)
                        : EnumSet.copyOf(p.certifications()));
        form.setAreas(p.areas().isEmpty() ? EnumSet.noneOf(ExpertiseArea.class) : EnumSet.copyOf(p.areas()));
        form.setKeywords(new ArrayList<>(p.keywords()));
        form.setMaxOpenCaseload(p.profiled() ? p.maxOpenCaseload() : 10);
        form.setAbsences(new ArrayList<>(p.absences().stream()
                .map(a -> {
                    ProfileForm.AbsenceForm absence = new ProfileForm.AbsenceForm();
                    absence.setFrom(a.from());
                    absence.setTo(a.to());
                    return absence;
                })
                .toList()));
        form.setRelationships(new ArrayList<>(p.relationships().stream()
                .map(r -> {
                    ProfileForm.RelationshipForm relationship = new ProfileForm.RelationshipForm();
                    relationship.setKind(r.kind());
                    relationship.setName(r.name());
                    relationship.setEmailDomain(r.emailDomain());
                    return relationship;
                })
                .toList()));
    }

    /** Saves the profile; a code the rules refuse is named at its field ({@link ShowsRefusals}). */
    public void save() {
        appointments.describe(editing, form);
        Messages.info("profile.saved");
        editing = null;
        all = null;
    }

    public void cancel() {
        editing = null;
    }

    public ProfileForm getForm() {
        return form;
    }

    public Certification[] getAllCertifications() {
        return Certification.values();
    }

    public Matter[] getAllMatters() {
        return Matter.values();
    }

    public ExpertiseArea[] getAllAreas() {
        return ExpertiseArea.values();
    }

    public String getEditing() {
        return editing;
    }
}
