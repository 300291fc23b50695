package org.concord.service.appointment;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** R-9, 9(b): the candidate confirms impartiality and independence, in its own words if it wishes. */
public class DeclarationForm implements Serializable {

    private boolean confirmsImpartiality;

    @Size(max = 4000, message = "{appointment.declaration.size}")
    private String declaration;

    public boolean isConfirmsImpartiality() {
        return confirmsImpartiality;
    }

    public void setConfirmsImpartiality(boolean confirmsImpartiality) {
        this.confirmsImpartiality = confirmsImpartiality;
    }

    public String getDeclaration() {
        return declaration;
    }

    public void setDeclaration(String declaration) {
        this.declaration = declaration;
    }
}
