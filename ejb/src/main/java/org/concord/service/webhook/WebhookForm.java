package org.concord.service.webhook;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PLAT.2: a manager registers or changes an endpoint: its https address, the event types by name (e.g.
 * {@code procedure.commenced}; an unknown name is refused at {@code /events/<index>}) and whether it is enabled. The
 * checks are the domain's ({@code WebhookEndpoint}), every problem named at once.
 */
public class WebhookForm implements Serializable {

    private String url;

    private List<String> events = new ArrayList<>();

    private boolean enabled = true;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : events;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
