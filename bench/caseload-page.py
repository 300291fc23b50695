#!/usr/bin/env python3
"""R-PLAT.1 (issue 23): p95 of the portal's first page of "My procedures" (GET /portal/procedures.xhtml), each of N
keep-alive connections signed in through the login form as EMAIL (its own session), for a given time (client-side
timing, request sent to body read). Another page of the same layout, read by the same sessions, is the baseline:
give its path and a text every answer must contain.
Usage: caseload-page.py http://127.0.0.1:8383 EMAIL PASSWORD SECONDS [CONNECTIONS [PAGE MARKER]]"""
import http.client
import sys
import threading
import time
from urllib.parse import urlparse

from faces_session import header, sign_in

base, email, password, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
connections = int(sys.argv[5]) if len(sys.argv) > 5 else 4
url = urlparse(base)
PAGE = sys.argv[6] if len(sys.argv) > 6 else "/portal/procedures.xhtml"
MARKER = (sys.argv[7] if len(sys.argv) > 7 else 'id="list:procedures"').encode()
latencies, errors = [], []
lock = threading.Lock()


def worker(deadline_holder):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    jar = sign_in(conn, email, password)
    barrier.wait()
    mine = []
    while time.monotonic() < deadline_holder[0]:
        start = time.perf_counter_ns()
        conn.request("GET", PAGE, headers={"Cookie": header(jar)})
        response = conn.getresponse()
        body = response.read()
        mine.append((time.perf_counter_ns() - start) / 1e6)
        if response.status != 200 or MARKER not in body:
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
