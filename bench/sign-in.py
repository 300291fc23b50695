#!/usr/bin/env python3
"""Signs in N sessions through the login form and prints their Cookie headers joined by "|", for bench/sessions.lua.
Usage: sign-in.py http://127.0.0.1:8383 EMAIL PASSWORD N"""
import http.client
import sys
from urllib.parse import urlparse

from faces_session import header, sign_in

base, email, password, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
url = urlparse(base)
print("|".join(header(sign_in(http.client.HTTPConnection(url.hostname, url.port, timeout=30), email, password))
               for _ in range(n)))
