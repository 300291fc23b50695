package org.concord.service.fee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.concord.service.RuleId;

/** Why staff decline a proposal or dismiss a bank credit: required, so that the record says it. */
public class NoteForm {

    @RuleId("R-17.5")
    @NotBlank(message = "{note.required}")
    @Size(max = 500, message = "{payment.note.size}")
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
