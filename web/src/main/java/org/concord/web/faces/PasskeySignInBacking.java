package org.concord.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.concord.domain.account.RelyingParty;
import org.concord.service.Links;
import org.concord.service.account.CallerIdentity;
import org.concord.service.account.SecondFactorService;
import org.concord.service.account.SignInService;
import org.concord.web.security.ClientAddresses;
import org.concord.web.security.PendingSignIn;
import org.concord.web.security.SignInCompletion;

/**
 * R-SEC.2: sign-in by passkey, on the login page (without a password: the authenticator verifies its user) and on the
 * second step (after the password, instead of a code). The page's button ({@code passkeys.js}) asks the browser with
 * the options given here, for a challenge this view keeps; the answer comes back in {@link #getResponse}. Each attempt
 * uses its challenge up: a refused one gets a new one. A refusal is a counted sign-in failure (R-SEC.1) with the same
 * answer whatever went wrong; a success signs the session in with a fresh id (R-SEC.4), as the password and code do.
 */
@Named
@ViewScoped
@ShowsRefusals
public class PasskeySignInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInService signIn;

    @Inject
    private SecondFactorService factors;

    @Inject
    private SignInCompletion completion;

    @Inject
    private ClientAddresses addresses;

    private byte[] challenge;
    /** The second step's options for {@link #challenge}, asked once (the page reads them twice). */
    private String secondStepOptions;

    private String response;
    private String next;

    /** The options of a sign-in without a password (any passkey the browser holds for Concord). */
    public String getPasswordlessOptions() {
        return factors.passwordlessRequestOptions(challenge());
    }

    /** The options of the second step by passkey (the pending account's passkeys); empty if it has none. */
    public String getSecondStepOptions() {
        if (secondStepOptions == null) {
            secondStepOptions = completion
                    .pending(httpRequest())
                    .filter(pending -> !pending.enrol())
                    .flatMap(pending -> factors.passkeyRequestOptions(pending.name(), challenge()))
                    .orElse("");
        }
        return secondStepOptions;
    }

    /** The browser answered on the login page: signed in and on to {@code next}, or refused. */
    public String signInWithoutPassword() throws IOException {
        byte[] used = useChallenge();
        Optional<CallerIdentity> caller = signIn.signInWithPasskey(response, used, addresses.of(httpRequest()));
        if (caller.isEmpty()) {
            Messages.error(null, "passkeys.signInFailed");
            return null;
        }
        completion.signIn(
                httpRequest(),
                httpResponse(),
                caller.get().email(),
                caller.get().groups());
        return redirect(LoginBacking.safe(next));
    }

    /** The browser answered on the second step: signed in and on to where the login was going, or refused. */
    public String passSecondStep() throws IOException {
        byte[] used = useChallenge();
        Optional<PendingSignIn> pending = completion.pending(httpRequest());
        if (pending.isEmpty() || pending.get().enrol()) {
            Messages.error(null, "loginFactor.expired");
            return Links.redirect(Links.login());
        }
        PendingSignIn waiting = pending.get();
        if (!signIn.passSecondStepWithPasskey(waiting.name(), response, used, addresses.of(httpRequest()))) {
            Messages.error(null, "passkeys.signInFailed");
            return null;
        }
        completion.signIn(httpRequest(), httpResponse(), waiting.name(), waiting.groups());
        return redirect(LoginBacking.safe(waiting.next()));
    }

    private byte[] challenge() {
        if (challenge == null) {
            challenge = RelyingParty.newChallenge();
        }
        return challenge;
    }

    /** The challenge of this attempt, which no later answer may use again. */
    private byte[] useChallenge() {
        byte[] used = challenge == null ? new byte[0] : challenge;
        challenge = null;
        secondStepOptions = null;
        return used;
    }

    private String redirect(String path) throws IOException {
        FacesContext facesContext = FacesContext.getCurrentInstance();
        ExternalContext external = facesContext.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        facesContext.responseComplete();
        return null;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    private static HttpServletRequest httpRequest() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static HttpServletResponse httpResponse() {
        return (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
