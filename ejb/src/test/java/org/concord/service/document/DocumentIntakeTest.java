package org.concord.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** R-C2: the media type comes from the bytes; text that looks like a mail header is still plain text. */
class DocumentIntakeTest {

    private final DocumentIntake intake = new DocumentIntake();

    private String detect(String text) {
        return intake.detect(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void typesComeFromTheContentNotTheName() {
        assertEquals("application/pdf", intake.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("text/plain", detect("Article 7 of the terms: the platform may remove content."));
        assertEquals("text/plain", detect("From: legal@platform.example\nSubject: notice"));
        assertEquals("text/plain", detect("Plain words."));
        assertEquals("text/html", detect("<html><body>not a pdf</body></html>"));
    }
}
