package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.concord.domain.account.TotpFactor;
import org.concord.service.Links;
import org.concord.service.account.SecondFactorService;
import org.concord.service.account.SignInService;
import org.concord.web.security.ClientAddresses;
import org.concord.web.security.PendingSignIn;
import org.concord.web.security.SignInCompletion;

/**
 * R-SEC.2: the second step of a form sign-in ({@link PendingSignIn}): a code of the authenticator app or a recovery
 * code; or, for an account whose role requires a factor and has none, the enrolment of an app (QR code and the
 * secret as text, confirmed by a code), after which the recovery codes are shown once. Only then is the session
 * signed in, with a fresh id (R-SEC.4). A wrong code is a sign-in failure (R-SEC.1) and gets the same answer as a
 * wrong password. Without a current pending sign-in (none, or older than five minutes) the page leads to the login.
 */
@Named
@RequestScoped
@ShowsRefusals
public class LoginFactorBacking {

    @Inject
    private FacesContext facesContext;

    @Inject
    private SignInCompletion completion;

    @Inject
    private SignInService signIn;

    @Inject
    private SecondFactorService factors;

    @Inject
    private ClientAddresses addresses;

    @Inject
    private IssuedRecoveryCodes issued;

    private String code;

    /** On opening the page: back to the login without a current pending sign-in; a secret offered to enrol. */
    public String open() {
        if (!issued.getCodes().isEmpty()) {
            return null; // signed in at enrolment; the codes stay until stored, whatever the page's language
        }
        Optional<PendingSignIn> pending = completion.pending(request());
        if (pending.isEmpty()) {
            return Links.redirect(Links.login());
        }
        if (pending.get().enrol() && pending.get().secret() == null) {
            request()
                    .getSession()
                    .setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending.get().withSecret(TotpFactor.newSecret()));
        }
        return null;
    }

    /** The code (or recovery code) was typed: signed in and on to where the login was going, or refused. */
    public String verify() throws IOException {
        Optional<PendingSignIn> pending = completion.pending(request());
        if (pending.isEmpty() || pending.get().enrol()) {
            Messages.error(null, "loginFactor.expired");
            return Links.redirect(Links.login());
        }
        PendingSignIn waiting = pending.get();
        if (!signIn.passSecondStep(waiting.name(), code, addresses.of(request()))) {
            Messages.error(null, "loginFactor.failed");
            return null;
        }
        completion.signIn(request(), response(), waiting.name(), waiting.groups());
        ExternalContext external = facesContext.getExternalContext();
        external.redirect(external.getRequestContextPath() + LoginBacking.safe(waiting.next()));
        facesContext.responseComplete();
        return null;
    }

    /** The enrolment was confirmed with a code: signed in, and the recovery codes shown once. */
    public String enrol() {
        Optional<PendingSignIn> pending = completion.pending(request());
        if (pending.isEmpty() || !pending.get().enrol() || pending.get().secret() == null) {
            Messages.error(null, "loginFactor.expired");
            return Links.redirect(Links.login());
        }
        PendingSignIn waiting = pending.get();
        List<String> codes = factors.enrolAtSignIn(waiting.name(), waiting.secret(), code);
        completion.signIn(request(), response(), waiting.name(), waiting.groups());
        issued.issued(codes, LoginBacking.safe(waiting.next()));
        return null;
    }

    /** Whether this step enrols a factor (rather than asking for a code). */
    public boolean isEnrol() {
        return pendingNow().map(PendingSignIn::enrol).orElse(false);
    }

    /** The secret offered for the enrolment, in groups of four for typing it into an app. */
    public String getSecret() {
        return pendingNow().map(PendingSignIn::secret).map(TotpQrCode::grouped).orElse("");
    }

    /** The QR code of the enrolment's {@code otpauth://} address, as a {@code data:} image. */
    public String getQrCode() {
        return pendingNow()
                .filter(p -> p.secret() != null)
                .map(p -> TotpQrCode.dataUri(p.name(), p.secret()))
                .orElse("");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private Optional<PendingSignIn> pendingNow() {
        return completion.pending(request());
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) facesContext.getExternalContext().getResponse();
    }
}
