"""An SMTP server that keeps every message: each one's decoded text as <dir>/<n>.txt (To and Subject first).
The sign-up benchmark reads the confirmation link from it. Usage: smtp-catch.py <port> <dir>"""
import asyncore
import email
import email.policy
import os
import smtpd
import sys


class Catch(smtpd.SMTPServer):
    count = 0

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        Catch.count += 1
        path = os.path.join(sys.argv[2], "%d.txt" % Catch.count)
        with open(path + ".tmp", "w") as out:
            out.write("To: %s\nSubject: %s\n\n%s" % (",".join(rcpttos), message["Subject"], text))
        os.rename(path + ".tmp", path)
        return None


os.makedirs(sys.argv[2], exist_ok=True)
Catch(("127.0.0.1", int(sys.argv[1])), None)
asyncore.loop()
