package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.service.Page;
import org.concord.service.mediation.DirectoryQuery;
import org.concord.service.mediation.DirectoryService;
import org.concord.service.mediation.MediatorCard;

/** R-M4, public: find a mediator by language, country, expertise, certification or name, a page at a time. */
@Named
@ViewScoped
public class MediatorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 10;

    @Inject
    private DirectoryService directory;

    private String language;
    private String country;
    private ExpertiseArea area;
    private Certification certification;
    private String text;
    private int page;
    private Page<MediatorCard> result;
    private DirectoryService.Facets facets;

    /**
     * The filters and the page come from the URL (issue 24): a search can be bookmarked and returned to. A language or
     * country there may be a code or a name in English, French or German ({@code ?language=Französisch}); it is read
     * as its code, which the selects and the next address then hold. A name that names nothing is said, not searched.
     */
    public void load() {
        page = Math.max(0, page);
        language = resolved(language, Names.languageCode(language), "directory.language.unknown");
        country = resolved(country, Names.countryCode(country), "directory.country.unknown");
        facets = directory.facets();
        result = directory.search(new DirectoryQuery(language, country, area, certification, text, page, PAGE_SIZE));
    }

    private static String resolved(String given, java.util.Optional<String> code, String unknown) {
        if (given == null || given.isBlank()) {
            return null;
        }
        if (code.isEmpty()) {
            // Shown on this page only: the flash that Messages keeps for a redirect would show it once more.
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                                    Messages.text(unknown, given.strip()),
                                    null));
            return null;
        }
        return code.get();
    }

    /** The languages the listed mediators speak (and the one asked for), by their names in the page's language. */
    public List<String> getLanguages() {
        return byName(facets.languages(), language, this::languageName);
    }

    /** The countries the listed mediators work in (and the one asked for), by their names. */
    public List<String> getCountries() {
        return byName(facets.countries(), country, this::countryName);
    }

    private static List<String> byName(
            List<String> codes, String chosen, java.util.function.UnaryOperator<String> name) {
        java.util.Set<String> all = new java.util.HashSet<>(codes);
        if (chosen != null) {
            all.add(chosen);
        }
        java.text.Collator collator = java.text.Collator.getInstance(locale());
        return all.stream()
                .sorted(java.util.Comparator.comparing(name, collator))
                .toList();
    }

    /** Post/redirect/get: the search ends on an address that holds its filters. */
    public String search() {
        page = 0;
        return SELF;
    }

    public String next() {
        page++;
        return SELF;
    }

    public String previous() {
        page = Math.max(0, page - 1);
        return SELF;
    }

    private static final String SELF = "/mediators?faces-redirect=true&includeViewParams=true";

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < result.total();
    }

    /** The language's or country's name in the page's language. */
    public String languageName(String code) {
        return Names.language(code, locale());
    }

    public String countryName(String code) {
        return Names.country(code, locale());
    }

    private static Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale();
    }

    public List<ExpertiseArea> getAreas() {
        return Arrays.asList(ExpertiseArea.values());
    }

    public List<Certification> getCertifications() {
        return Arrays.asList(Certification.values());
    }

    public Page<MediatorCard> getResult() {
        return result;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public ExpertiseArea getArea() {
        return area;
    }

    public void setArea(ExpertiseArea area) {
        this.area = area;
    }

    public Certification getCertification() {
        return certification;
    }

    public void setCertification(Certification certification) {
        this.certification = certification;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
