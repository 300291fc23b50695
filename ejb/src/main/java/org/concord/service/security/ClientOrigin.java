package org.concord.service.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The client address of the HTTP request being served, as the web module determined it (behind a trusted proxy, the
 * address the proxy reports): the security log keeps its network (R-SEC.7).
 */
@RequestScoped
public class ClientOrigin {

    private String address;

    /** Set once per request by the web module. */
    public void set(String address) {
        this.address = address;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
