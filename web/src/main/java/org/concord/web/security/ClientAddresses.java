package org.concord.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.domain.account.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request came from, for the sign-in throttle (R-SEC.1) and the security log (R-SEC.7). Behind a reverse
 * proxy every request comes from the proxy, so the address the proxy reports in {@code X-Forwarded-For} counts, but
 * only when the request came from one of the proxies of {@code concord.proxy.trusted} (default: this machine,
 * {@code 127.0.0.1} and {@code ::1}); anyone else could write any address there. The rightmost address that is not a
 * trusted proxy is the client's.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "concord.proxy.trusted", defaultValue = "127.0.0.1,::1")
    private List<String> trustedProxies;

    private Set<String> trusted;

    /** For CDI. */
    public ClientAddresses() {}

    /** With a fixed list of trusted proxies (tests). */
    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
        normalise();
    }

    @PostConstruct
    void normalise() {
        trusted = trustedProxies.stream()
                .map(ClientAddress::parse)
                .flatMap(java.util.Optional::stream)
                .map(ClientAddress::toString)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address as an IP literal, or {@code null} when the request says nothing usable. */
    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrusted(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        List<String> hops =
                Arrays.stream(forwarded.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (ClientAddress.parse(hop).isEmpty()) {
                return remote;
            }
            if (!isTrusted(hop) || i == 0) {
                return hop;
            }
        }
        return remote;
    }

    private boolean isTrusted(String address) {
        return ClientAddress.parse(address)
                .map(ClientAddress::toString)
                .filter(trusted::contains)
                .isPresent();
    }
}
