"""An SMTP server that accepts every message and keeps none: the benchmarks' stand-in for the Center's mail relay."""
import asyncore
import smtpd
import sys


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        return None


Sink(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 2525), None)
asyncore.loop()
