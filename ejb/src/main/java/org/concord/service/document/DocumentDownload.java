package org.concord.service.document;

/** A document's bytes as served, with the name, detected type and hash it was stored with (R-C2). */
public record DocumentDownload(String filename, String mediaType, String sha256, byte[] bytes) {}
