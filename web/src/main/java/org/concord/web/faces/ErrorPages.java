package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Ends a page with an HTTP error: 404 for a hidden or missing subject (R-13.1, R-M2), the same page as for a wrong id.
 */
final class ErrorPages {

    private ErrorPages() {}

    static void send(int status) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(status, null);
        context.responseComplete();
    }
}
