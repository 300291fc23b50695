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

    /** The filters and the page come from the URL (issue 24): a search can be bookmarked and returned to. */
    public void load() {
        page = Math.max(0, page);
        result = directory.search(new DirectoryQuery(language, country, area, certification, text, page, PAGE_SIZE));
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
        return Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(locale());
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
