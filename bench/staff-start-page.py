#!/usr/bin/env python3
"""Issue 24, R-STAT.3: p95 of the staff's start page (GET /index.xhtml: the work queue and the caseload charts) at N
keep-alive connections sharing one staff session, signed in through the login form and its second step (the demo
TOTP secret, README "Two-step sign-in in the demo"). Client-side timing, request sent to body read; every answer must
hold MARKER (default: the caseload chart).
Usage: staff-start-page.py http://127.0.0.1:8384 EMAIL PASSWORD SECONDS [CONNECTIONS [MARKER]]"""
import base64
import hashlib
import hmac
import http.client
import re
import struct
import sys
import threading
import time
from urllib.parse import urlencode, urlparse

from faces_session import cookies_of, header

DEMO_SECRET = "CONCORDDEMOTOTPSECRETJUSTFORDEMO"
base, email, password, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
connections = int(sys.argv[5]) if len(sys.argv) > 5 else 4
MARKER = (sys.argv[6] if len(sys.argv) > 6 else 'id="caseload-flow"').encode()
url = urlparse(base)


def totp(secret, step):
    key = base64.b32decode(secret)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def second_step(conn, jar):
    conn.request("GET", "/login-factor.xhtml", headers={"Cookie": header(jar)})
    response = conn.getresponse()
    page = response.read().decode()
    cookies_of(response, jar)
    form = {
        "factor": "factor",
        "factor:code": totp(DEMO_SECRET, int(time.time()) // 30),
        "factor:submit": "",
        "jakarta.faces.ViewState": re.search(r'id="factor"[\s\S]*?name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"',
                                             page).group(1),
    }
    nonce = re.search(r'\bnonce="([^"]+)"', page)
    if nonce:
        form["primefaces.nonce"] = nonce.group(1)
    conn.request("POST", "/login-factor.xhtml", body=urlencode(form),
                 headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": header(jar)})
    response = conn.getresponse()
    response.read()
    cookies_of(response, jar)
    if response.status != 302 or "login" in (response.getheader("Location") or ""):
        raise SystemExit(f"second step refused: {response.status} {response.getheader('Location')}")


def first_step(conn):
    """The login form, as bench/faces_session.py signs in, ending on the second step."""
    jar = {}
    conn.request("GET", "/login.xhtml")
    response = conn.getresponse()
    page = response.read().decode()
    cookies_of(response, jar)
    form = {
        "login": "login",
        "login:email": email,
        "login:password": password,
        "login:submit": "",
        "jakarta.faces.ViewState": re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"', page).group(1),
    }
    nonce = re.search(r'\bnonce="([^"]+)"', page)
    if nonce:
        form["primefaces.nonce"] = nonce.group(1)
    conn.request("POST", "/login.xhtml", body=urlencode(form),
                 headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": header(jar)})
    response = conn.getresponse()
    response.read()
    cookies_of(response, jar)
    if response.status != 302 or "login-factor" not in (response.getheader("Location") or ""):
        raise SystemExit(f"password step refused: {response.status} {response.getheader('Location')}")
    return jar


first = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
jar = first_step(first)
second_step(first, jar)
latencies, errors = [], []
lock = threading.Lock()


def worker(deadline_holder):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    barrier.wait()
    mine = []
    while time.monotonic() < deadline_holder[0]:
        start = time.perf_counter_ns()
        conn.request("GET", "/index.xhtml", headers={"Cookie": header(jar)})
        response = conn.getresponse()
        body = response.read()
        mine.append((time.perf_counter_ns() - start) / 1e6)
        if response.status != 200 or MARKER not in body:
            errors.append(response.status)
    with lock:
        latencies.extend(mine)


barrier = threading.Barrier(connections + 1)
deadline = [time.monotonic() + seconds + 60]
threads = [threading.Thread(target=worker, args=(deadline,)) for _ in range(connections)]
for t in threads:
    t.start()
barrier.wait()
deadline[0] = time.monotonic() + seconds
for t in threads:
    t.join()
latencies.sort()
n = len(latencies)
print(f"/index.xhtml (staff): n={n}, {n / seconds:.0f} req/s, median {latencies[n // 2]:.1f} ms, "
      f"p95 {latencies[int(n * 0.95) - 1]:.1f} ms, p99 {latencies[int(n * 0.99) - 1]:.1f} ms, "
      f"not 200 or without the marker: {len(errors)}")
