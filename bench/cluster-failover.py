#!/usr/bin/env python3
"""R-OPS.1: the recovery from losing one of three instances (docs/benchmarks.md, "Losing an instance").

With the cluster of ops/cluster.sh running (proxy on http://127.0.0.1:$CONCORD_PROXY_PORT, default 8000), a steady
load of signed-in page views goes through the proxy: THREADS sessions (each signed in as a demo Party through the
login form, so each has its own session in the grid), each asking for its portal page again and again. After WARMUP
seconds instance KILL (default 2) is killed with SIGKILL (ops/cluster.sh kill), then started again at once
(ops/cluster.sh restart, which returns when it is ready and back in the grid). The load goes on until the proxy's
status page shows all three instances UP again, and AFTER seconds more.

Printed: requests in all; failed ones (not 200, or no answer) with the seconds after the kill of the first and the
last; answers that left the session (a redirect to the login page: signed out); the seconds from the kill until the
instance was ready again, and until the proxy had all three UP.
Usage: bench/cluster-failover.py [--threads 4] [--warmup 10] [--after 10] [--kill 2]
"""
import argparse
import csv
import http.client
import io
import os
import re
import subprocess
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get("CONCORD_PROXY_PORT", "8000"))
STATS = int(os.environ.get("CONCORD_PROXY_STATS_PORT", "8404"))
PARTIES = ["alice@concord.example", "bob@concord.example", "dora@concord.example", "lawyer@lexfirm.example"]


class Session:
    """One browser: cookies kept, one connection to the proxy (opened again after an error)."""

    def __init__(self):
        self.cookies = {}
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        all_headers = dict(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        try:
            self.connection.request(method, path, body=body, headers=all_headers)
            response = self.connection.getresponse()
            data = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = None
            raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";")[0]
        return response.status, response.getheader("Location") or "", data

    def sign_in(self, email):
        status, _, page = self.request("GET", "/login.xhtml")
        state = re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"', page).group(1)
        nonce = re.search(r'\bnonce="([^"]+)"', page)
        form = [("login", "login"), ("login:email", email), ("login:password", "concord-demo"),
                ("login:submit", ""), ("jakarta.faces.ViewState", state)]
        if nonce:
            form.append(("primefaces.nonce", nonce.group(1)))
        status, location, _ = self.request(
            "POST", "/login.xhtml", urllib.parse.urlencode(form),
            {"Content-Type": "application/x-www-form-urlencoded"})
        if status != 302 or "login" in location:
            raise SystemExit(f"{email} could not sign in ({status} {location})")


def all_up():
    connection = http.client.HTTPConnection("127.0.0.1", STATS, timeout=5)
    connection.request("GET", "/;csv")
    rows = csv.reader(io.StringIO(connection.getresponse().read().decode()))
    servers = [r for r in rows if len(r) > 17 and r[0] == "instances" and r[1] not in ("FRONTEND", "BACKEND")]
    return len(servers) == 3 and all(r[17].startswith("UP") for r in servers)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--warmup", type=float, default=10)
    parser.add_argument("--after", type=float, default=10)
    parser.add_argument("--kill", type=int, default=2)
    args = parser.parse_args()

    sessions = []
    for i in range(args.threads):
        s = Session()
        s.sign_in(PARTIES[i % len(PARTIES)])
        sessions.append(s)

    results = []  # (time, ok, signed_out)
    lock = threading.Lock()
    stop = threading.Event()

    def load(session):
        while not stop.is_set():
            at = time.monotonic()
            try:
                status, location, _ = session.request("GET", "/portal/procedures.xhtml")
                ok, out = status == 200, status == 302 and "login" in location
            except (OSError, http.client.HTTPException):
                ok, out = False, False
            with lock:
                results.append((at, ok, out))

    workers = [threading.Thread(target=load, args=(s,)) for s in sessions]
    for w in workers:
        w.start()
    time.sleep(args.warmup)
    killed = time.monotonic()
    script = os.path.join(ROOT, "ops", "cluster.sh")
    subprocess.run([script, "kill", str(args.kill)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([script, "restart", str(args.kill)], check=True, stdout=subprocess.DEVNULL)
    ready = time.monotonic() - killed
    while not all_up():
        time.sleep(0.2)
    healthy = time.monotonic() - killed
    time.sleep(args.after)
    stop.set()
    for w in workers:
        w.join()

    failed = [t - killed for t, ok, _ in results if not ok]
    signed_out = sum(1 for _, _, out in results if out)
    print(f"requests: {len(results)}; failed: {len(failed)}"
          + (f" (first {min(failed):.2f} s, last {max(failed):.2f} s after the kill)" if failed else ""))
    print(f"signed out: {signed_out}")
    print(f"instance {args.kill} ready again and in the grid: {ready:.1f} s after the kill;"
          f" the proxy had all three UP: {healthy:.1f} s after the kill")


if __name__ == "__main__":
    main()
