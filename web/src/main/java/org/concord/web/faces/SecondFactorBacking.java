package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concord.domain.account.TotpFactor;
import org.concord.service.account.SecondFactorService;
import org.concord.service.account.SecondFactorService.FactorView;

/**
 * R-SEC.2: the holder's two-step sign-in: whether an authenticator app is set, adding one (QR code or the secret by
 * hand, confirmed by a code), new recovery codes (shown once), and removing the app with the current password where
 * the role does not require one. What may be done is the domain's ({@link FactorView}).
 */
@Named
@ViewScoped
@ShowsRefusals
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactorService factors;

    /** The secret offered while adding an app (the same one until it is confirmed). */
    private String secret;

    private String code;
    private String currentPassword;
    private List<String> recoveryCodes = List.of();
    private transient FactorView factor;

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
        recoveryCodes = factors.enrol(secret, code);
        secret = null;
        code = null;
        factor = null;
        Messages.info("secondFactor.enrolled");
    }

    /** Moves the factor to the app holding the offered secret (a new phone), with the password and its code. */
    public void replace() {
        recoveryCodes = factors.replace(currentPassword, secret, code);
        secret = null;
        code = null;
        currentPassword = null;
        factor = null;
        Messages.info("secondFactor.replaced");
    }

    public void regenerate() {
        recoveryCodes = factors.regenerateRecoveryCodes();
        factor = null;
        Messages.info("secondFactor.regenerated");
    }

    public void remove() {
        factors.remove(currentPassword);
        currentPassword = null;
        recoveryCodes = List.of();
        factor = null;
        Messages.info("secondFactor.removed");
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

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
