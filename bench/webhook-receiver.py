#!/usr/bin/env python3
"""The webhook benchmark's receiver (bench/webhook-benchmark.sh): answers every POST 200 at once (HTTP/1.1, kept
alive) and appends one line per request to the log file: the arrival time (unix seconds, microseconds), the
webhook-id and the port of the sender's connection. Usage: webhook-receiver.py PORT LOGFILE"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, LOG = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
out = open(LOG, "a", buffering=1)


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        at = time.time()
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
        with lock:
            out.write(f"{at:.6f} {self.headers.get('webhook-id')} {self.client_address[1]}\n")

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", PORT), Receiver).serve_forever()
