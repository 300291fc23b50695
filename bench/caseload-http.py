#!/usr/bin/env python3
"""R-PLAT.1 (issue 23): p95 of one GET at N keep-alive connections for a given time (client-side timing, request sent
to body read). Usage: caseload-http.py http://127.0.0.1:8383 TOKEN /api/v1/procedures/mine?size=25 SECONDS [CONNECTIONS]"""
import http.client
import sys
import threading
import time
from urllib.parse import urlparse

base, token, path, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
connections = int(sys.argv[5]) if len(sys.argv) > 5 else 4
url = urlparse(base)
latencies, errors = [], []
lock = threading.Lock()
deadline = time.monotonic() + seconds


def worker():
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    mine = []
    while time.monotonic() < deadline:
        start = time.perf_counter_ns()
        conn.request("GET", path, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
        response = conn.getresponse()
        body = response.read()
        mine.append((time.perf_counter_ns() - start) / 1e6)
        if response.status != 200:
            errors.append(response.status)
    with lock:
        latencies.extend(mine)


threads = [threading.Thread(target=worker) for _ in range(connections)]
for t in threads:
    t.start()
for t in threads:
    t.join()
latencies.sort()
n = len(latencies)
print(f"{path}: n={n}, {n / seconds:.0f} req/s, median {latencies[n // 2]:.1f} ms, "
      f"p95 {latencies[int(n * 0.95) - 1]:.1f} ms, p99 {latencies[int(n * 0.99) - 1]:.1f} ms, non-200: {len(errors)}")
