package org.concord.web.faces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC.5, R-C2: an upload is held to its limit before, and while, it is read into memory. */
class UploadsTest {

    @Test
    @DisplayName("R-SEC.5, R-C2: a document over the limit is refused at its field without reading a byte of it")
    void aDocumentOverTheLimitIsNotRead_RSEC5() {
        FakePart big = new FakePart("big.pdf", 11, new byte[11]);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Uploads.document(big, "/annexes/2", 10));
        assertEquals("R-C2", refused.ruleId());
        assertEquals("/annexes/2", refused.field());
        assertEquals("rule.document.tooLarge", refused.messageKey());
        assertEquals(0, big.opened, "not even opened");
    }

    @Test
    @DisplayName("R-SEC.5: a part that claims less than it holds is read one byte past the limit, then refused")
    void aReadStopsOnceThePartPassesTheLimit_RSEC5() {
        byte[] content = new byte[1000];
        FakePart lying = new FakePart("small.pdf", 5, content);
        assertThrows(RuleViolation.class, () -> Uploads.document(lying, "/content", 10));
        assertEquals(11, lying.read, "the limit and one byte more");
        assertNull(Uploads.bytes(new FakePart("x", 5, content), 999));
    }

    @Test
    @DisplayName("R-C2: a document within the limit is read whole")
    void aDocumentWithinTheLimitIsReadWhole() {
        byte[] content = "%PDF-1.7 ten".getBytes();
        assertArrayEquals(content, Uploads.document(new FakePart("a.pdf", content.length, content), "/x", 12));
    }

    /** A part whose declared size need not be the truth; it counts what is read from it. */
    private static final class FakePart implements Part {
        private final String name;
        private final long size;
        private final byte[] content;
        int opened;
        int read;

        FakePart(String name, long size, byte[] content) {
            this.name = name;
            this.size = size;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            opened++;
            return new ByteArrayInputStream(content) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    int n = super.read(b, off, len);
                    read += Math.max(n, 0);
                    return n;
                }
            };
        }

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getSubmittedFileName() {
            return name;
        }

        @Override
        public long getSize() {
            return size;
        }

        @Override
        public void write(String fileName) {}

        @Override
        public void delete() {}

        @Override
        public String getHeader(String header) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String header) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
