package org.concord.web;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The in-process SMTP server the deployed Concord sends to during the test run (GreenMail). Started once, before the
 * server boots (see {@link ConcordDeployment}), so that no mail of the run is missed.
 */
public final class Smtp {

    private static final GreenMail SERVER = start();

    private Smtp() {}

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(
                        Integer.getInteger("concord.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    static void ensureStarted() {
        SERVER.isRunning();
    }

    static List<MimeMessage> received(Predicate<MimeMessage> which) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(which).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a mail matching {@code which} arrived (at most {@code seconds}), and returns it. */
    static MimeMessage await(Predicate<MimeMessage> which, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = received(which);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            SERVER.waitForIncomingEmail(500, SERVER.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no such e-mail within " + seconds + " s");
    }

    /** Gives the server {@code seconds} to send any further mail (bounded wait on arrivals, not a sleep). */
    static void allowFurtherMail(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            SERVER.waitForIncomingEmail(
                    Math.max(1, (deadline - System.nanoTime()) / 1_000_000), SERVER.getReceivedMessages().length + 1);
        }
    }
}
