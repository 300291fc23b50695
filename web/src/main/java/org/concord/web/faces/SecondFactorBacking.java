package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.concord.domain.account.RelyingParty;
import org.concord.domain.account.TotpFactor;
import org.concord.service.Links;
import org.concord.service.account.SecondFactorService;
import org.concord.service.account.SecondFactorService.FactorView;
import org.concord.service.account.SecondFactorService.PasskeyView;

/**
 * R-SEC.2: the holder's two-step sign-in: whether an authenticator app is set, adding one (QR code or the secret by
 * hand, confirmed by a code), passkeys (added by the browser's WebAuthn ceremony, {@code passkeys.js}, for a challenge
 * this view keeps), new recovery codes (shown once), and removing the app or a passkey with the current password
 * unless it is the last factor of a role that requires one. What may be done is the domain's ({@link FactorView}).
 */
@Named
@ViewScoped
@ShowsRefusals
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactorService factors;

    @Inject
    private IssuedRecoveryCodes issued;

    /** The secret offered while adding an app (the same one until it is confirmed). */
    private String secret;

    private String code;
    private String currentPassword;
    private transient FactorView factor;

    /** The challenge of the passkey creation this view offers (a new one after each attempt). */
    private byte[] passkeyChallenge;

    private String passkeyName;
    private String passkeyResponse;
    /** The id of the passkey chosen for removal, as the page's radio list sends it. */
    private String passkeyToRemove;

    public FactorView getFactor() {
        if (factor == null) {
            factor = factors.mine();
        }
        return factor;
    }

    /** Begins adding an app: a new secret is offered. */
    public void start() {
        secret = TotpFactor.newSecret();
    }

    public void enrol() {
        issued.issued(factors.enrol(secret, code), Links.security());
        secret = null;
        code = null;
        factor = null;
        Messages.info("secondFactor.enrolled");
    }

    /** Moves the factor to the app holding the offered secret (a new phone), with the password and its code. */
    public void replace() {
        issued.issued(factors.replace(currentPassword, secret, code), Links.security());
        secret = null;
        code = null;
        currentPassword = null;
        factor = null;
        Messages.info("secondFactor.replaced");
    }

    public void regenerate() {
        issued.issued(factors.regenerateRecoveryCodes(), Links.security());
        factor = null;
        Messages.info("secondFactor.regenerated");
    }

    public void remove() {
        factors.remove(currentPassword);
        currentPassword = null;
        issued.forget();
        factor = null;
        Messages.info(getFactor().anyFactor() ? "secondFactor.removedPasskeysRemain" : "secondFactor.removed");
    }

    /**
     * The options for the browser to create a passkey ({@code data-options} of the page's button), for this view's
     * challenge.
     */
    public String getPasskeyCreationOptions() {
        if (passkeyChallenge == null) {
            passkeyChallenge = RelyingParty.newChallenge();
        }
        return factors.passkeyCreationOptions(passkeyChallenge);
    }

    /** The browser created a passkey (or the name was missing): added, or refused at its field; a new challenge. */
    public void addPasskey() {
        byte[] challenge = passkeyChallenge;
        passkeyChallenge = null;
        List<String> codes = factors.addPasskey(passkeyName, passkeyResponse, challenge);
        if (!codes.isEmpty()) {
            issued.issued(codes, Links.security());
        }
        passkeyName = null;
        passkeyResponse = null;
        factor = null;
        Messages.info("passkeys.added");
    }

    /** Removes the chosen passkey, with the current password. */
    public void removePasskey() {
        UUID chosen = getFactor().passkeys().stream()
                .map(PasskeyView::id)
                .filter(id -> id.toString().equals(passkeyToRemove))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            Messages.errorAt("removePasskey:passkey", "passkeys.choose");
            return;
        }
        factors.removePasskey(chosen, currentPassword);
        passkeyToRemove = null;
        currentPassword = null;
        factor = null;
        if (!getFactor().anyFactor()) {
            issued.forget();
        }
        Messages.info("passkeys.removed");
    }

    /** The passkeys that may be removed now (the last one of a role that requires a factor may not). */
    public List<PasskeyView> getRemovablePasskeys() {
        return getFactor().passkeys().stream().filter(PasskeyView::mayRemove).toList();
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    public String getSecret() {
        return secret == null ? "" : TotpQrCode.grouped(secret);
    }

    public String getQrCode() {
        if (secret == null) {
            return "";
        }
        return TotpQrCode.dataUri(
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getUserPrincipal()
                        .getName(),
                secret);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPasskeyName() {
        return passkeyName;
    }

    public void setPasskeyName(String passkeyName) {
        this.passkeyName = passkeyName;
    }

    public String getPasskeyResponse() {
        return passkeyResponse;
    }

    public void setPasskeyResponse(String passkeyResponse) {
        this.passkeyResponse = passkeyResponse;
    }

    public String getPasskeyToRemove() {
        return passkeyToRemove;
    }

    public void setPasskeyToRemove(String passkeyToRemove) {
        this.passkeyToRemove = passkeyToRemove;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
