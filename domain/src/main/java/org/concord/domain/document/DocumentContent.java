package org.concord.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a {@link Document}, in a table of their own so that listing documents never loads them. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected DocumentContent() {}

    DocumentContent(byte[] bytes) {
        this.id = UUID.randomUUID();
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
