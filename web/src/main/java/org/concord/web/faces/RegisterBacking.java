package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.domain.account.Capacity;
import org.concord.service.Links;
import org.concord.service.account.RegistrationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-ACC.1: the registration form. Whatever the address, a registration that passes the rules leads to the same page
 * ("look in your mail"); only the mail says whether the address was registered already.
 */
@Named
@RequestScoped
@ShowsRefusals
public class RegisterBacking {

    /** A country of domicile to choose, named in the page's language. */
    public record Country(String code, String name) {}

    @Inject
    private RegistrationService registration;

    @Inject
    private FacesContext facesContext;

    @Inject
    @ConfigProperty(name = "concord.terms.url")
    private Optional<String> termsUrl;

    private String name;
    private String email;
    private String domicile;
    private String language;
    private Capacity capacity;
    private String password;
    private String repeatPassword;
    private boolean terms;
    private boolean sent;

    public String register() {
        registration.register(email, name, domicile, language, capacity, password, repeatPassword, terms);
        return Links.redirect(Links.registrationSent());
    }

    public boolean isOpen() {
        return registration.isOpen();
    }

    public String getTermsVersion() {
        return registration.termsVersion();
    }

    /** The Center's own terms when configured, else Concord's page (R-ACC.1). */
    public String getTermsLink() {
        return termsUrl.filter(url -> !url.isBlank())
                .orElse(facesContext.getExternalContext().getRequestContextPath() + Links.terms());
    }

    /** Every ISO 3166 country, by its name in the page's language. */
    public List<Country> getCountries() {
        Locale locale = facesContext.getViewRoot().getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    /** The page's language until the person chooses another. */
    public String getLanguage() {
        return language == null ? facesContext.getViewRoot().getLocale().getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public void setCapacity(Capacity capacity) {
        this.capacity = capacity;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public boolean isTerms() {
        return terms;
    }

    public void setTerms(boolean terms) {
        this.terms = terms;
    }

    public boolean isSent() {
        return sent;
    }

    public void setSent(boolean sent) {
        this.sent = sent;
    }
}
