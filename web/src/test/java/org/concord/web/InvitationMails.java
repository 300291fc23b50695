package org.concord.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The invitation links (R-ACC.1) in the real mails GreenMail received, as paths of the application. */
final class InvitationMails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/invitation\\.xhtml\\?token=[\\w-]+)");

    private InvitationMails() {}

    static String body(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every invitation link mailed to {@code email} so far. */
    static Set<String> links(String email) {
        Set<String> links = new LinkedHashSet<>();
        for (MimeMessage mail : Smtp.received(m -> Smtp.recipient(m).equals(email))) {
            Matcher m = LINK.matcher(body(mail));
            while (m.find()) {
                links.add(m.group(1));
            }
        }
        return links;
    }

    /** Waits for a mail to {@code email} with an invitation link not in {@code before}, and returns that link. */
    static String awaitNew(String email, Set<String> before) {
        MimeMessage mail = Smtp.await(
                m -> {
                    if (!Smtp.recipient(m).equals(email)) {
                        return false;
                    }
                    Matcher link = LINK.matcher(body(m));
                    while (link.find()) {
                        if (!before.contains(link.group(1))) {
                            return true;
                        }
                    }
                    return false;
                },
                30);
        Matcher link = LINK.matcher(body(mail));
        while (link.find()) {
            if (!before.contains(link.group(1))) {
                return link.group(1);
            }
        }
        throw new AssertionError("no new invitation link in " + body(mail));
    }
}
