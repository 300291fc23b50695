package org.concord.service.neutral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.domain.neutral.Relationship;
import org.concord.domain.procedure.Matter;
import org.concord.service.RuleId;

/** CENTER_ADMIN's description of a Neutral for appointment and its declared relationships. */
public class ProfileForm implements Serializable {

    @RuleId("R-8.2")
    @NotNull(message = "{profile.countries.required}")
    @Size(max = 60, message = "{profile.countries.required}")
    private List<String> countries = new ArrayList<>();

    @RuleId("R-8.2")
    @NotNull(message = "{profile.languages.required}")
    @Size(max = 30, message = "{profile.languages.required}")
    private List<String> languages = new ArrayList<>();

    @RuleId("R-8.2")
    @NotEmpty(message = "{profile.matters.required}")
    private Set<Matter> matters = EnumSet.noneOf(Matter.class);

    @RuleId("R-8.2")
    @NotNull
    private Set<ExpertiseArea> areas = EnumSet.noneOf(ExpertiseArea.class);

    @RuleId("R-8.2")
    @NotNull
    @Size(max = NeutralProfile.MAX_KEYWORDS, message = "{profile.keywords.size}")
    private List<String> keywords = new ArrayList<>();

    @RuleId("R-8.2")
    @Min(value = 1, message = "{profile.caseload.range}")
    @Max(value = NeutralProfile.MAX_CASELOAD, message = "{profile.caseload.range}")
    private int maxOpenCaseload = 10;

    @RuleId("R-8.2")
    @NotNull
    @Size(max = 50)
    private List<@Valid AbsenceForm> absences = new ArrayList<>();

    @RuleId("R-9")
    @NotNull
    @Size(max = 100)
    private List<@Valid RelationshipForm> relationships = new ArrayList<>();

    /** R-M4: the mediation certifications the Center verified. */
    @NotNull
    private Set<Certification> certifications = EnumSet.noneOf(Certification.class);

    public Set<Certification> getCertifications() {
        return certifications;
    }

    public void setCertifications(Set<Certification> certifications) {
        this.certifications = certifications;
    }

    /** A declared absence, Geneva dates inclusive. */
    public static class AbsenceForm implements Serializable {

        @NotNull(message = "{profile.absence.dates}")
        private LocalDate from;

        @NotNull(message = "{profile.absence.dates}")
        private LocalDate to;

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }
    }

    /** A declared relationship: kind, with whom, and the organisation's e-mail domain if known. */
    public static class RelationshipForm implements Serializable {

        @NotNull(message = "{profile.relationship.kind}")
        private Relationship.Kind kind;

        @jakarta.validation.constraints.NotBlank(message = "{profile.relationship.name}")
        @Size(max = 300, message = "{profile.relationship.name}")
        private String name;

        @Size(max = 254)
        private String emailDomain;

        public Relationship.Kind getKind() {
            return kind;
        }

        public void setKind(Relationship.Kind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmailDomain() {
            return emailDomain;
        }

        public void setEmailDomain(String emailDomain) {
            this.emailDomain = emailDomain;
        }
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
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

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords;
    }

    public int getMaxOpenCaseload() {
        return maxOpenCaseload;
    }

    public void setMaxOpenCaseload(int maxOpenCaseload) {
        this.maxOpenCaseload = maxOpenCaseload;
    }

    public List<AbsenceForm> getAbsences() {
        return absences;
    }

    public void setAbsences(List<AbsenceForm> absences) {
        this.absences = absences;
    }

    public List<RelationshipForm> getRelationships() {
        return relationships;
    }

    public void setRelationships(List<RelationshipForm> relationships) {
        this.relationships = relationships;
    }
}
