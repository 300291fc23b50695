"""Signing in to Concord through its login form, as a browser does (the Faces view state, the CSP nonce), for the page
benchmarks: bench/caseload-page.py and, for wrk, bench/sign-in.py."""
import re
from urllib.parse import urlencode


def cookies_of(response, jar):
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            jar[key.strip()] = val
    return jar


def header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def sign_in(conn, email, password):
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
