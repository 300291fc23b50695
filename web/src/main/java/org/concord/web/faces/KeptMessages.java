package org.concord.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Post/redirect/get (issue 24) in a cluster (R-OPS.1): the messages of an action that ends in a redirect are shown by
 * the page the browser fetches next, through the web session. Not through the Faces flash: Mojarra keeps the flash in
 * the JVM and names it in a cookie encrypted with a key each JVM draws at random, so an instance that did not serve
 * the action could neither read the cookie nor find the messages (the first try of ClusterIT answered 500 there). The
 * session is replicated in Payara's grid with everything else a user holds.
 *
 * <p>A message added during a request is rendered by that request if it renders a page; otherwise (a redirect) the
 * next page rendered in the session shows it, once. Registered twice in faces-config.xml: as a phase listener (a
 * request takes over what the previous one kept) and for {@link PreRenderViewEvent} (the page, now built, shows it).
 */
public final class KeptMessages implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;

    private static final String SESSION_KEY = KeptMessages.class.getName();
    private static final String CARRIED = KeptMessages.class.getName() + ".carried";

    /** One message and where it was shown ({@code null}: at the top of the page). */
    private record Kept(String clientId, FacesMessage message) implements Serializable {}

    /** Adds {@code message} to this request's page and keeps it for the next page should this request redirect. */
    static void add(FacesContext context, String clientId, FacesMessage message) {
        context.addMessage(clientId, message);
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        List<Kept> kept = new ArrayList<>(kept(session.get(SESSION_KEY)));
        kept.add(new Kept(clientId, message));
        // A new list set again, so that the grid stores the session's change (R-OPS.1).
        session.put(SESSION_KEY, List.copyOf(kept));
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        // What the previous request kept is this request's to show.
        Object carried = hasSession(context)
                ? context.getExternalContext().getSessionMap().remove(SESSION_KEY)
                : null;
        if (carried != null) {
            context.getExternalContext().getRequestMap().put(CARRIED, carried);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after restoring the view.
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        for (Kept k : kept(context.getExternalContext().getRequestMap().remove(CARRIED))) {
            boolean onPage = k.clientId() != null && context.getViewRoot().findComponent(k.clientId()) != null;
            context.addMessage(onPage ? k.clientId() : null, k.message());
        }
        // What this request added is on this page: nothing to keep.
        if (hasSession(context)) {
            context.getExternalContext().getSessionMap().remove(SESSION_KEY);
        }
    }

    private static boolean hasSession(FacesContext context) {
        return context.getExternalContext().getSession(false) != null;
    }

    @SuppressWarnings("unchecked")
    private static List<Kept> kept(Object value) {
        return value == null ? List.of() : (List<Kept>) value;
    }
}
