package org.concord.service.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.concord.domain.mail.OutboundMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends mail over SMTP, configured by the {@code concord.mail.*} keys. */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "concord.mail.smtp.host")
    private String host;

    @Inject
    @ConfigProperty(name = "concord.mail.smtp.port")
    private int port;

    @Inject
    @ConfigProperty(name = "concord.mail.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "concord.mail.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "concord.mail.smtp.starttls")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "concord.mail.from")
    private String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        props.put("mail.smtp.auth", String.valueOf(auth));
        session = !auth
                ? Session.getInstance(props)
                : Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                });
    }

    /** A connection to the relay for a batch of mails; close it when the batch is done. */
    public Connection connection() {
        return new Connection();
    }

    /**
     * One SMTP connection, opened by the first mail and kept for the next ones (a connection per mail costs the relay
     * and the dispatcher more than the mail itself). After a failure it is closed, and the next mail opens a new one.
     */
    public final class Connection implements AutoCloseable {

        private Transport transport;

        private Connection() {}

        public void send(OutboundMail mail, Instant now) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(Date.from(now));
            message.saveChanges();
            // saveChanges sets a Message-ID of its own: ours names the outbox row, so a resent mail keeps its id.
            message.setHeader("Message-ID", "<" + mail.id() + "@concord>");
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = session.getTransport("smtp");
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException e) {
                // the relay has the mails it acknowledged; a failed QUIT changes nothing for them
            }
            transport = null;
        }
    }
}
