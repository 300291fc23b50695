package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.neutral.Relationship;
import org.concord.domain.neutral.Certification;
import org.concord.domain.procedure.Matter;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.appointment.NeutralProfileView;
import org.concord.service.appointment.ProfileForm;

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
    private AppointmentService appointments;

    private List<NeutralProfileView> all;

    private String editing;
    private String countries = "";
    private String languages = "";
    private Set<Matter> matters = EnumSet.noneOf(Matter.class);
    private Set<Certification> certifications = EnumSet.noneOf(Certification.class);
    private Set<ExpertiseArea> areas = EnumSet.noneOf(ExpertiseArea.class);
    private String keywords = "";
    private int maxOpenCaseload = 10;
    private String absences = "";
    private String relationships = "";

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
        countries = String.join(", ", p.countries());
        languages = String.join(", ", p.languages());
        matters = p.matters().isEmpty() ? EnumSet.noneOf(Matter.class) : EnumSet.copyOf(p.matters());
        certifications = p.certifications().isEmpty() ? EnumSet.noneOf(Certification.class)
                : EnumSet.copyOf(p.certifications());
        areas = p.areas().isEmpty() ? EnumSet.noneOf(ExpertiseArea.class) : EnumSet.copyOf(p.areas());
        keywords = String.join(", ", p.keywords());
        maxOpenCaseload = p.profiled() ? p.maxOpenCaseload() : 10;
        absences = p.absences().stream().map(a -> a.from() + " " + a.to()).collect(Collectors.joining("\n"));
        relationships = p.relationships().stream()
                .map(r -> r.kind() + "; " + r.name() + (r.emailDomain() == null ? "" : "; " + r.emailDomain()))
                .collect(Collectors.joining("\n"));
    }

    /** Saves the profile; a line that cannot be read, or a code the rules refuse, is named at its field. */
    public void save() {
        ProfileForm form = new ProfileForm();
        form.setCountries(list(countries));
        form.setLanguages(list(languages));
        form.setMatters(matters);
        form.setCertifications(certifications);
        form.setAreas(areas);
        form.setKeywords(list(keywords));
        form.setMaxOpenCaseload(maxOpenCaseload);
        try {
            form.setAbsences(absences());
            form.setRelationships(relationships());
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return;
        }
        appointments.describe(editing, form);
        Messages.info("profile.saved");
        editing = null;
        all = null;
    }

    public void cancel() {
        editing = null;
    }

    private List<ProfileForm.AbsenceForm> absences() {
        List<ProfileForm.AbsenceForm> list = new ArrayList<>();
        for (String line : lines(absences)) {
            String[] days = line.split("\\s+");
            try {
                ProfileForm.AbsenceForm a = new ProfileForm.AbsenceForm();
                a.setFrom(LocalDate.parse(days[0]));
                a.setTo(LocalDate.parse(days.length > 1 ? days[1] : days[0]));
                list.add(a);
            } catch (DateTimeParseException e) {
                Messages.error("profile:absences", "profile.absence.line", line);
                throw e;
            }
        }
        return list;
    }

    private List<ProfileForm.RelationshipForm> relationships() {
        List<ProfileForm.RelationshipForm> list = new ArrayList<>();
        for (String line : lines(relationships)) {
            String[] parts = line.split(";", 3);
            try {
                ProfileForm.RelationshipForm r = new ProfileForm.RelationshipForm();
                r.setKind(Relationship.Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)));
                r.setName(parts.length > 1 ? parts[1].strip() : "");
                r.setEmailDomain(parts.length > 2 ? parts[2].strip() : null);
                if (r.getName().isEmpty()) {
                    throw new IllegalArgumentException("no name");
                }
                list.add(r);
            } catch (IllegalArgumentException e) {
                Messages.error("profile:relationships", "profile.relationship.line", line);
                throw e;
            }
        }
        return list;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public Certification[] getAllCertifications() {
        return Certification.values();
    }

    public Set<Certification> getCertifications() {
        return certifications;
    }

    public void setCertifications(Set<Certification> certifications) {
        this.certifications = certifications;
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

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public Set<Matter> getMatters() {
        return matters;
    }

    public void setMatters(Set<Matter> matters) {
        this.matters = matters;
    }

    public Set<ExpertiseArea> getAreas() {
        return areas;
    }

    public void setAreas(Set<ExpertiseArea> areas) {
        this.areas = areas;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public int getMaxOpenCaseload() {
        return maxOpenCaseload;
    }

    public void setMaxOpenCaseload(int maxOpenCaseload) {
        this.maxOpenCaseload = maxOpenCaseload;
    }

    public String getAbsences() {
        return absences;
    }

    public void setAbsences(String absences) {
        this.absences = absences;
    }

    public String getRelationships() {
        return relationships;
    }

    public void setRelationships(String relationships) {
        this.relationships = relationships;
    }
}
