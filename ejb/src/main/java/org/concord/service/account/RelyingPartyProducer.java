package org.concord.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.concord.domain.account.RelyingParty;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.2: the installation as a WebAuthn relying party: its id is the host of {@code concord.base-url} (passkeys are
 * bound to it: changing the host makes every passkey useless), its name what authenticators show
 * ({@code concord.passkeys.rp-name}).
 */
@ApplicationScoped
public class RelyingPartyProducer {

    @Inject
    @ConfigProperty(name = "concord.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "concord.passkeys.rp-name", defaultValue = "Concord")
    String name;

    @Produces
    RelyingParty relyingParty() {
        return RelyingParty.of(baseUrl, name);
    }
}
