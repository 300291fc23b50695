package org.concord.service.mediation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.concord.service.RuleId;

/** R-M3: a version of the settlement agreement as a file. */
public class SettlementForm {

    @Size(max = 200, message = "{annex.filename.size}")
    private String filename;

    @RuleId("R-M3")
    @NotNull(message = "{annex.content.required}")
    private byte[] content;

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }
}
