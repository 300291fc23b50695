#!/usr/bin/env python3
"""R-PLAT.1 (issue 23): p95 of the portal's first page of "My procedures" (GET /portal/procedures.xhtml), each of N
keep-alive connections signed in through the login form as EMAIL (its own session), for a given time (client-side
timing, request sent to body read). Usage: caseload-page.py http://127.0.0.1:8383 EMAIL PASSWORD SECONDS [CONNECTIONS]"""
import http.client
import re
import sys
import threading
import time
from urllib.parse import urlencode, urlparse

base, email, password, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
connections = int(sys.argv[5]) if len(sys.argv) > 5 else 4
url = urlparse(base)
PAGE = "/portal/procedures.xhtml"
latencies, errors = [], []
lock = threading.Lock()


def cookies_of(response, jar):
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            jar[key.strip()] = val
    return jar


def header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def sign_in(conn):
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
    if response.status != 302 or "login" in (response.getheader("Location") or ""):
        raise SystemExit(f"sign-in refused: {response.status} {response.getheader('Location')}")
    return jar


def worker(deadline_holder):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    jar = sign_in(conn)
    barrier.wait()
    mine = []
    while time.monotonic() < deadline_holder[0]:
        start = time.perf_counter_ns()
        conn.request("GET", PAGE, headers={"Cookie": header(jar)})
        response = conn.getresponse()
        body = response.read()
        mine.append((time.perf_counter_ns() - start) / 1e6)
        if response.status != 200 or b'id="list:procedures"' not in body:
            errors.append(response.status)
    with lock:
        latencies.extend(mine)


barrier = threading.Barrier(connections + 1)
deadline = [0.0]
threads = [threading.Thread(target=worker, args=(deadline,)) for _ in range(connections)]
for t in threads:
    t.start()
deadline[0] = time.monotonic() + seconds + 60  # set before the barrier releases the workers
barrier.wait()
deadline[0] = time.monotonic() + seconds
for t in threads:
    t.join()
latencies.sort()
n = len(latencies)
print(f"{PAGE}: n={n}, {n / seconds:.0f} req/s, median {latencies[n // 2]:.1f} ms, "
      f"p95 {latencies[int(n * 0.95) - 1]:.1f} ms, p99 {latencies[int(n * 0.99) - 1]:.1f} ms, non-200: {len(errors)}")
