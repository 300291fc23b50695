package org.concord.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Optional;
import org.concord.domain.mail.OutboundMail;
import org.junit.jupiter.api.Test;

/**
 * R-C1: the sender keeps one connection for a batch of mails. A relay that is down fails the mail at hand (the
 * dispatcher retries it later), the next mail of the batch opens a new connection, and every mail keeps the
 * Message-ID that names its outbox row. Against a real SMTP server (GreenMail).
 */
class MailSenderTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aMailFailsWhileTheRelayIsDownAndTheNextOneReconnects_RC1() throws Exception {
        int port = freePort();
        MailSender sender = sender(port);
        OutboundMail first = new OutboundMail("alice@concord.example", "Concord: first", "Body", NOW);
        OutboundMail second = new OutboundMail("bob@concord.example", "Concord: second", "Body", NOW);
        OutboundMail third = new OutboundMail("carol@concord.example", "Concord: third", "Body", NOW);

        GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MimeMessage[] received;
        try {
            try (MailSender.Connection connection = sender.connection()) {
                assertThrows(MessagingException.class, () -> connection.send(first, NOW), "nothing listens yet");
                relay.start();
                connection.send(second, NOW);
                connection.send(third, NOW);
            }
            received = relay.getReceivedMessages();
        } finally {
            relay.stop();
        }

        assertEquals(2, received.length);
        assertEquals("<" + second.id() + "@concord>", received[0].getMessageID(), "the outbox row names the mail");
        assertEquals("<" + third.id() + "@concord>", received[1].getMessageID());
    }

    private static MailSender sender(int port) throws ReflectiveOperationException {
        MailSender sender = new MailSender();
        set(sender, "host", "127.0.0.1");
        set(sender, "port", port);
        set(sender, "user", Optional.empty());
        set(sender, "password", Optional.empty());
        set(sender, "starttls", false);
        set(sender, "from", "concord@concord.example");
        sender.init();
        return sender;
    }

    /** The configuration CDI injects from {@code concord.mail.*}. */
    private static void set(MailSender sender, String field, Object value) throws ReflectiveOperationException {
        Field f = MailSender.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(sender, value);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
