package org.concord.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 22 without a server: the counted body stream (R-SEC.5) and the content types a change may send (R-SEC.4). */
class RequestLimitsTest {

    @Test
    @DisplayName("R-SEC.5: a body is read up to its limit, and refused at the first byte past it")
    void aBodyIsCountedWhileItIsRead_RSEC5() throws IOException {
        byte[] ten = "0123456789".getBytes();
        try (BodyLimit.Bounded exact = new BodyLimit.Bounded(new ByteArrayInputStream(ten), 10)) {
            assertArrayEquals(ten, exact.readAllBytes());
            assertFalse(exact.exceeded);
        }
        BodyLimit.Bounded over = new BodyLimit.Bounded(new ByteArrayInputStream(ten), 9);
        assertThrows(IOException.class, over::readAllBytes);
        assertTrue(over.exceeded);
        BodyLimit.Bounded byByte = new BodyLimit.Bounded(new ByteArrayInputStream(ten), 3);
        byByte.read();
        byByte.read();
        byByte.read();
        assertThrows(IOException.class, byByte::read);
    }

    @Test
    @DisplayName("R-SEC.5: a declared length is read as it is, beyond 2 GiB too")
    void aDeclaredLengthIsReadWhole_RSEC5() {
        assertEquals(5_000_000_000L, BodyLimit.declaredLength("5000000000"));
        assertEquals(-1, BodyLimit.declaredLength(null));
    }

    @Test
    @DisplayName("R-SEC.5: a read never asks the underlying stream for more than one byte past the limit")
    void aReadStopsOneBytePastTheLimit_RSEC5() throws IOException {
        long[] asked = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                asked[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                asked[0] += len;
                return len;
            }
        };
        BodyLimit.Bounded bounded = new BodyLimit.Bounded(endless, 100);
        assertThrows(IOException.class, () -> bounded.read(new byte[1 << 20], 0, 1 << 20));
        assertEquals(101, asked[0]);
    }

    @Test
    @DisplayName("R-SEC.4: without a declared type a change sends JSON; a form's or text's type only where declared")
    void changesSendJsonOrWhatTheirEndpointDeclares_RSEC4() {
        List<MediaType> none = List.of();
        assertTrue(DeclaredContentType.accepted(MediaType.APPLICATION_JSON_TYPE, none));
        assertTrue(DeclaredContentType.accepted(new MediaType("application", "json", "UTF-8"), none));
        assertTrue(DeclaredContentType.accepted(new MediaType("application", "merge-patch+json"), none));
        assertFalse(DeclaredContentType.accepted(MediaType.APPLICATION_FORM_URLENCODED_TYPE, none));
        assertFalse(DeclaredContentType.accepted(MediaType.TEXT_PLAIN_TYPE, none));
        assertFalse(DeclaredContentType.accepted(MediaType.MULTIPART_FORM_DATA_TYPE, none));
        assertFalse(DeclaredContentType.accepted(MediaType.APPLICATION_XML_TYPE, none));

        List<MediaType> xml = List.of(MediaType.APPLICATION_XML_TYPE, MediaType.APPLICATION_OCTET_STREAM_TYPE);
        assertTrue(DeclaredContentType.accepted(MediaType.APPLICATION_XML_TYPE, xml));
        assertFalse(DeclaredContentType.accepted(MediaType.TEXT_PLAIN_TYPE, xml));
        List<MediaType> multipart = List.of(MediaType.MULTIPART_FORM_DATA_TYPE);
        assertTrue(DeclaredContentType.accepted(
                new MediaType("multipart", "form-data", java.util.Map.of("boundary", "x")), multipart));
        List<MediaType> anything = List.of(MediaType.WILDCARD_TYPE);
        assertTrue(DeclaredContentType.accepted(MediaType.APPLICATION_JSON_TYPE, anything));
        assertFalse(DeclaredContentType.accepted(MediaType.APPLICATION_FORM_URLENCODED_TYPE, anything));
    }

    @Test
    @DisplayName("R-SEC.5: the refusal names the limit in MiB")
    void limitsAreNamedInMebibytes_RSEC5() {
        assertEquals("32", Problems.mebibytes(32L * 1024 * 1024));
        assertEquals("0.5", Problems.mebibytes(512 * 1024));
    }
}
