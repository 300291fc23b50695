package org.concord.service.conduct;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.procedure.ExternalDisclosure;

/** a disclosure outside the circle: its ground of 13(a), to whom and what. */
public class ExternalDisclosureForm implements Serializable {

    private ExternalDisclosure.Ground ground;

    @Size(max = 500, message = "{request.representative.size}")
    private String recipient;

    @Size(max = 4000, message = "{appointment.reason.required}")
    private String what;

    public ExternalDisclosure.Ground getGround() {
        return ground;
    }

    public void setGround(ExternalDisclosure.Ground ground) {
        this.ground = ground;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }
}
