package org.concord.web.faces;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import org.concord.domain.account.TotpFactor;

/**
 * R-SEC.2: what an enrolment page shows of a new TOTP secret: the QR code of its {@code otpauth://} address (a PNG as
 * a {@code data:} image, which the pages' CSP allows: {@code img-src 'self' data:}) and the secret in groups of four
 * for typing it into an app by hand.
 */
final class TotpQrCode {

    /** The issuer an authenticator app shows beside the account. */
    static final String ISSUER = "Concord";

    private TotpQrCode() {}

    static String dataUri(String accountName, String secret) {
        QrData data = new QrData.Builder()
                .label(accountName)
                .issuer(ISSUER)
                .secret(secret)
                .algorithm(dev.samstevens.totp.code.HashingAlgorithm.SHA1)
                .digits(TotpFactor.DIGITS)
                .period(TotpFactor.PERIOD_SECONDS)
                .build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code", e);
        }
    }

    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
