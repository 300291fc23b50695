package org.concord.service.procedure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.document.DocumentKind;

/** A file that comes with a filing: what it is (5(b)(iv)–(vi) or another annex), its name and its bytes. */
public class AnnexForm implements Serializable {

    @NotNull(message = "{annex.kind.required}")
    private DocumentKind kind;

    @Size(max = 200, message = "{annex.filename.size}")
    private String filename;

    @NotNull(message = "{annex.content.required}")
    private byte[] content;

    public AnnexForm() {}

    public AnnexForm(DocumentKind kind, String filename, byte[] content) {
        this.kind = kind;
        this.filename = filename;
        this.content = content;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

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
