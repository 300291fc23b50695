package org.concord.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.concord.service.Links;

/** The language of the console and portal: the browser's if supported, else English; the user may switch. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            return resolve(context == null ? null : context.getExternalContext().getRequestLocale());
        }
        return locale;
    }

    /** The chosen language, else the supported one the browser asks for, else English. */
    public Locale resolve(Locale requested) {
        if (locale == null) {
            locale = supported(requested);
        }
        return locale;
    }

    /**
     * The language the pages speak to this session, without choosing it: the one chosen, else the supported one
     * {@code requested} (the browser's) names, else English (the download servlet, outside a view).
     */
    public Locale current(Locale requested) {
        return locale != null ? locale : supported(requested);
    }

    /** The supported language of {@code requested}, else English (for requests without a session: the API). */
    public static Locale supported(Locale requested) {
        return SUPPORTED.stream()
                .filter(l -> requested != null && l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .ifPresent(l -> locale = l);
    }

    /** Reloads the current page in the chosen language. */
    public String change() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(getLocale());
        return Links.redirect(context.getViewRoot().getViewId()) + "&includeViewParams=true";
    }
}
