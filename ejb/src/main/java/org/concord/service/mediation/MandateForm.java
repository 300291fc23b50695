package org.concord.service.mediation;

import java.io.Serializable;

/** The chosen mediator's answer: accepting needs the declaration of impartiality and independence. */
public class MandateForm implements Serializable {

    private boolean confirmsImpartiality;

    public boolean isConfirmsImpartiality() {
        return confirmsImpartiality;
    }

    public void setConfirmsImpartiality(boolean confirmsImpartiality) {
        this.confirmsImpartiality = confirmsImpartiality;
    }
}
