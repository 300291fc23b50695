package org.concord.web;

import static org.concord.web.DemoAccounts.ADMIN;
import static org.concord.web.DemoAccounts.ALICE;
import static org.concord.web.DemoAccounts.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.web.security.SecurityHeaders;
import org.concord.web.security.SessionGuard;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22, the web layer: what every answer carries and what every request is held to, checked on the wire against
 * the running Payara Micro. Cookies and sessions (R-SEC.4): the cookies' attributes, a new session id and a new
 * session secret at sign-in, a session id without its secret signed out. Headers (R-SEC.4) on a page, on downloads,
 * on API answers and on the API's 401. Limits (R-SEC.5): oversized bodies refused before they are read, with a
 * declared length and chunked. Cross-site requests: state-changing API calls in a form's or text's type refused with
 * 415, and no Basic challenge. {@code /metrics} for administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** No cookie store: each test carries the cookies it means to send, and sees every Set-Cookie. */
    private static final HttpClient RAW = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The defaults of microprofile-config.properties. */
    private static final long API_BODY_LIMIT = 32L * 1024 * 1024;

    private static final long UPLOAD_LIMIT = 50L * 1024 * 1024;

    @ArquillianResource
    private URL base;

    // ---- Cookies and sessions (R-SEC.4) ----------------------------------------------------------------------------

    @Test
    @DisplayName("R-SEC.4: the session cookie is HttpOnly and SameSite=Lax (not Secure on http); sign-in gives a new"
            + " session id and a session secret of 256 bits; the old id is not signed in")
    void signInRenewsTheSessionAndSetsHttpOnlySameSiteCookies_RSEC4() {
        HttpResponse<String> loginPage = send(get("login.xhtml", null));
        String anonymous = setCookie(loginPage, "JSESSIONID");
        assertSessionCookie(anonymous);

        SignedInSession session = signIn(ALICE);
        assertSessionCookie(session.sessionCookie);
        assertSessionCookie(session.secretCookie);
        assertNotEquals(value(anonymous), session.id, "a fresh session id at sign-in (no fixation)");
        assertEquals(32, Base64.getUrlDecoder().decode(session.secret).length, "256 random bits");

        assertEquals(200, send(get("account/profile.xhtml", session.cookies())).statusCode());
        assertToLogin(send(get(
                "account/profile.xhtml",
                "JSESSIONID=" + value(anonymous) + "; " + SessionGuard.COOKIE + "=" + session.secret)));
    }

    @Test
    @DisplayName("R-SEC.4: a session id without its session secret is not signed in, and the session is ended")
    void aSessionIdWithoutItsSecretEndsTheSession_RSEC4() {
        SignedInSession session = signIn(ALICE);
        assertToLogin(send(get("account/profile.xhtml", "JSESSIONID=" + session.id)));
        assertToLogin(send(get(
                "account/profile.xhtml",
                "JSESSIONID=" + session.id + "; " + SessionGuard.COOKIE + "=" + SessionGuard.class.getSimpleName())));
        assertToLogin(send(get("account/profile.xhtml", session.cookies())), "the session was ended");
    }

    @Test
    @DisplayName("R-SEC.4: Payara's session ids carry a clock prefix; the session secrets are 256 random bits each")
    void sessionSecretsAreRandomWhereSessionIdsAreNot_RSEC4() {
        Set<String> secrets = new HashSet<>();
        Set<String> idPrefixes = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            SignedInSession session = signIn(ALICE);
            secrets.add(session.secret);
            idPrefixes.add(session.id.substring(0, 3));
            System.out.println("JSESSIONID " + session.id + " (" + session.id.length() * 4 + " bits of hex)");
        }
        assertEquals(4, secrets.size());
        // The ids made within seconds of each other share their first hex digits (the clock): why the secret exists.
        assertTrue(
                idPrefixes.size() < 4,
                "Payara's session id is no longer clock-prefixed: " + idPrefixes
                        + "; measure it again (docs/security.md)");
    }

    // ---- Headers (R-SEC.4) -----------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-SEC.4: a page, a signed-in page, downloads, API answers and the API's 401 carry every security"
            + " header; no Server or X-Powered-By banner")
    void everyAnswerCarriesTheSecurityHeaders_RSEC4() {
        assertSecurityHeaders(send(get("login.xhtml", null)).headers(), true);
        SignedInSession session = signIn(ALICE);
        HttpResponse<String> profile = send(get("account/profile.xhtml", session.cookies()));
        assertEquals(200, profile.statusCode());
        assertSecurityHeaders(profile.headers(), true);

        String procedure = new Lifecycle(base).file(ALICE, "Security headers: my review was hidden.");
        // Asked from another origin: CORS stays off, no Access-Control-Allow-Origin (assertSecurityHeaders).
        HttpResponse<String> view =
                Http.as(base, ALICE).get("/api/v1/procedures/" + procedure, "Origin", "https://elsewhere.example");
        assertEquals(200, view.statusCode());
        assertSecurityHeaders(view.headers(), false);
        String document = Http.json(view)
                .getJsonArray("filings")
                .getJsonObject(0)
                .getJsonArray("documents")
                .getJsonObject(0)
                .getString("id");

        HttpResponse<byte[]> apiDownload =
                Http.as(base, ALICE).getBytes("/api/v1/procedures/" + procedure + "/documents/" + document);
        assertEquals(200, apiDownload.statusCode());
        assertSecurityHeaders(apiDownload.headers(), false);
        HttpResponse<String> pageDownload =
                send(get("document?procedure=" + procedure + "&id=" + document, session.cookies()));
        assertEquals(200, pageDownload.statusCode());
        assertSecurityHeaders(pageDownload.headers(), false);

        HttpResponse<String> unauthorized = Http.anonymous(base).get("/api/v1/procedures/mine");
        assertEquals(401, unauthorized.statusCode());
        assertSecurityHeaders(unauthorized.headers(), false);
    }

    // ---- Limits (R-SEC.5) ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-SEC.5: an API body declared larger than the limit gets 413 problem details at once, unread")
    void anOversizedDeclaredApiBodyIsRefusedBeforeItIsRead_RSEC5() {
        String answer = exchange(
                head("POST", "/api/v1/requests", "application/json", basic(ALICE)) + "Content-Length: "
                        + (API_BODY_LIMIT + 1) + "\r\n\r\n",
                out -> {
                    // Only a little of the body, and never the rest: the answer must come without it.
                    out.write("{\"description\":\"".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleep(30_000);
                });
        assertPayloadTooLargeProblem(answer);
    }

    @Test
    @DisplayName("R-SEC.5: a chunked API body is counted while it is read and refused with 413 once past the limit")
    void anOversizedChunkedApiBodyIsRefusedWhileItIsRead_RSEC5() {
        String answer = exchange(
                head("POST", "/api/v1/requests", "application/json", basic(ALICE))
                        + "Transfer-Encoding: chunked\r\n\r\n",
                out -> {
                    chunk(out, "{\"description\":\"".getBytes(StandardCharsets.US_ASCII));
                    byte[] text = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (long sent = 0; sent <= API_BODY_LIMIT + text.length; sent += text.length) {
                        chunk(out, text);
                    }
                    chunk(out, "\"}".getBytes(StandardCharsets.US_ASCII));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                });
        assertPayloadTooLargeProblem(answer);
    }

    @Test
    @DisplayName("R-SEC.5: a page's multipart upload declared larger than the limit gets 413 and a page naming it;"
            + " one without a declared length gets 411")
    void anOversizedUploadIsRefusedBeforeItIsRead_RSEC5() {
        String multipart = "multipart/form-data; boundary=concord-boundary";
        String tooLarge = exchange(
                head("POST", "/register.xhtml", multipart, null) + "Content-Length: " + (UPLOAD_LIMIT + 1) + "\r\n\r\n",
                out -> {
                    out.write(("--concord-boundary\r\nContent-Disposition: form-data; name=\"register:file\";"
                                    + " filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleep(30_000);
                });
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.contains("50 MiB") && tooLarge.contains("R-SEC.5"), tooLarge);
        assertTrue(tooLarge.toLowerCase(Locale.ROOT).contains("content-type: text/html"), tooLarge);

        String chunked = exchange(
                head("POST", "/register.xhtml", multipart, null) + "Transfer-Encoding: chunked\r\n\r\n", out -> {
                    chunk(out, "--concord-boundary\r\n".getBytes(StandardCharsets.US_ASCII));
                    sleep(30_000);
                });
        assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);
        assertTrue(chunked.contains("50 MiB"), chunked);
    }

    // ---- Cross-site requests and the API's challenge ------------------------------------------------------------

    @Test
    @DisplayName("Issue 22 (R-SEC.4): a form-encoded, text/plain or untyped POST to a body-less endpoint gets 415;"
            + " the same call with Content-Type: application/json reaches the endpoint")
    void stateChangingApiCallsMustDeclareAJsonBody_RSEC4() {
        String agreement = "/api/v1/mediations/" + UUID.randomUUID() + "/agreement";
        for (String crossSite : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data")) {
            HttpResponse<String> refused = Http.as(base, ALICE).post(agreement, crossSite, "a=b");
            assertEquals(415, refused.statusCode(), crossSite + ": " + refused.body());
            assertEquals(
                    Problems.MEDIA_TYPE,
                    refused.headers().firstValue("Content-Type").orElse(""));
            JsonObject problem = Http.json(refused);
            assertEquals("application/json", problem.getJsonArray("accepted").getString(0));
            assertEquals("R-SEC.4", problem.getString("rule"));
        }
        HttpResponse<String> untyped = send(HttpRequest.newBuilder(uri(agreement))
                .header("Authorization", basic(ALICE))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(415, untyped.statusCode(), untyped.body());
        HttpResponse<String> json = Http.as(base, ALICE).postJson(agreement, "");
        assertEquals(404, json.statusCode(), "reaches the endpoint (no such mediation): " + json.body());

        HttpResponse<String> delete = Http.as(base, ALICE).delete("/api/v1/tokens/" + UUID.randomUUID());
        assertNotEquals(415, delete.statusCode(), "a DELETE without a body needs no type");
    }

    @Test
    @DisplayName("Issue 22: the API's 401 challenges Bearer only, so that no browser prompts for a password")
    void theApisUnauthorizedAnswerOffersNoBasicChallenge() {
        HttpResponse<String> unauthorized = Http.anonymous(base).get("/api/v1/procedures/mine");
        assertEquals(401, unauthorized.statusCode());
        List<String> challenges = unauthorized.headers().allValues("WWW-Authenticate");
        assertEquals(List.of("Bearer realm=\"concord\""), challenges);
        HttpResponse<String> wrong = Http.basic(base, ALICE, "not-the-password").get("/api/v1/procedures/mine");
        assertEquals(401, wrong.statusCode());
        assertFalse(
                String.join(",", wrong.headers().allValues("WWW-Authenticate")).contains("Basic"));
    }

    @Test
    @DisplayName("Issue 22: /metrics answers administrators only (401 anonymous, 403 others); /health and /openapi"
            + " stay public")
    void metricsAreForAdministratorsOnly() {
        HttpResponse<String> anonymous = Http.anonymous(base).get("/metrics");
        assertEquals(401, anonymous.statusCode());
        assertEquals(List.of("Bearer realm=\"concord\""), anonymous.headers().allValues("WWW-Authenticate"));
        assertEquals(403, Http.as(base, ALICE).get("/metrics").statusCode());
        assertEquals(403, Http.as(base, STAFF).get("/metrics").statusCode());
        HttpResponse<String> admin = Http.as(base, ADMIN).get("/metrics");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("# TYPE"), admin.body());
        assertEquals(200, Http.anonymous(base).get("/health/ready").statusCode());
        assertEquals(200, Http.anonymous(base).get("/openapi").statusCode());
    }

    @Test
    @DisplayName("Issue 24, R-SEC.4: a form posted after its view is gone (a session that timed out) gets the"
            + " \"Page expired\" page with its own CSP nonce, not an empty 500")
    void aFormPostedAfterItsViewIsGoneGetsThePageExpiredPage() {
        HttpResponse<String> page = send(get("deadlines.xhtml", null));
        assertEquals(200, page.statusCode());
        String session = setCookie(page, "JSESSIONID").split(";", 2)[0];
        String form = "calculator=calculator&calculator%3Adate=2026-12-07&calculator%3Atime=10%3A00"
                + "&calculator%3Adays=20&calculator%3Afirst=FR&calculator%3Acompute="
                + "&jakarta.faces.ViewState=gone";
        HttpResponse<String> expired = send(HttpRequest.newBuilder(uri("deadlines.xhtml"))
                .header("Accept-Language", "en")
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertTrue(expired.body().contains("<title>Page expired"), expired.statusCode() + " " + expired.body());
        assertTrue(expired.body().contains("Nothing was sent"), expired.body());
        assertSecurityHeaders(expired.headers(), true);
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'")
                .matcher(expired.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find());
        assertTrue(expired.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry its nonce");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void assertSecurityHeaders(HttpHeaders headers, boolean page) {
        List<String> csp = headers.allValues("Content-Security-Policy");
        assertEquals(1, csp.size(), "one policy: " + csp);
        if (page) {
            String scripts = directive(csp.get(0), "script-src");
            assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'"), csp.get(0));
            assertTrue(csp.get(0).contains("frame-ancestors 'none'"), csp.get(0));
        } else {
            assertEquals(SecurityHeaders.DEFAULT_CSP, csp.get(0));
        }
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"));
        assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"));
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");
        assertEquals(List.of("no-store"), headers.allValues("Cache-Control"));
        assertTrue(headers.firstValue("Server").isEmpty(), "Server: " + headers.firstValue("Server"));
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), "X-Powered-By: " + headers.firstValue("X-Powered-By"));
        assertTrue(headers.firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS stays off");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }

    /** HttpOnly, SameSite=Lax once, not Secure (the tests run on http://). */
    private static void assertSessionCookie(String setCookie) {
        List<String> attributes = List.of(setCookie.split(";")).stream()
                .map(a -> a.strip().toLowerCase(Locale.ROOT))
                .toList();
        assertTrue(attributes.contains("httponly"), setCookie);
        assertEquals(
                1, attributes.stream().filter(a -> a.startsWith("samesite")).count(), setCookie);
        assertTrue(attributes.contains("samesite=lax"), setCookie);
        assertFalse(attributes.contains("secure"), setCookie);
    }

    private static void assertPayloadTooLargeProblem(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.substring(0, Math.min(answer.length(), 2000)));
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        JsonObject problem = (JsonObject) Http.parse(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        assertEquals(413, problem.getInt("status"));
        assertEquals(API_BODY_LIMIT, problem.getJsonNumber("limit").longValue());
        assertEquals("R-SEC.5", problem.getString("rule"));
        assertTrue(problem.getString("detail").contains("32 MiB"), problem.toString());
    }

    private static void assertToLogin(HttpResponse<String> answer, String... why) {
        assertEquals(302, answer.statusCode(), String.join(" ", why));
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"), String.join(" ", why));
    }

    /** A browser session signed in through the login form: its session id and secret as the server set them. */
    private record SignedInSession(String sessionCookie, String secretCookie, String id, String secret) {
        String cookies() {
            return "JSESSIONID=" + id + "; " + SessionGuard.COOKIE + "=" + secret;
        }
    }

    private SignedInSession signIn(String email) {
        HttpResponse<String> page = send(get("login.xhtml", null));
        String anonymous = value(setCookie(page, "JSESSIONID"));
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), page.body());
        String form = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(Http.DEMO_PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Cookie", "JSESSIONID=" + anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, posted.statusCode(), posted.body());
        String session = setCookie(posted, "JSESSIONID");
        String secret = setCookie(posted, SessionGuard.COOKIE);
        return new SignedInSession(session, secret, value(session), value(secret));
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + response.headers()));
    }

    private static String value(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    private HttpRequest.Builder get(String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept-Language", "en")
                .GET();
        return cookies == null ? request : request.header("Cookie", cookies);
    }

    private URI uri(String path) {
        return Http.local(base).resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return RAW.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String email) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((email + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String head(String method, String path, String contentType, String authorization) {
        URI target = uri(path);
        return method + " " + target.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                + "Accept-Language: en\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n");
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Sends a request's head, then its body from another thread (which may block, or fail once the server closed
     * the connection), and returns the answer as soon as it is complete (head and body): the body's sender may still
     * be waiting, which is the point. Fails when no complete answer comes within 20 seconds.
     */
    private String exchange(String head, Body body) {
        URI target = uri("/");
        long started = System.nanoTime();
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread sender = new Thread(() -> {
                try {
                    body.write(out);
                } catch (IOException closedByTheServer) {
                    // expected once the answer is out
                }
            });
            sender.setDaemon(true);
            sender.start();
            String answer = readAnswer(socket.getInputStream());
            sender.interrupt();
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertTrue(seconds < 20, "the answer took " + seconds + " s");
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP/1.1 answer: its head, then a body of its Content-Length or its chunks. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        while (answer.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                return answer.toString();
            }
            answer.append((char) b);
        }
        String head = answer.toString().toLowerCase(Locale.ROOT);
        Matcher length = Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
        } else if (head.contains("transfer-encoding: chunked")) {
            StringBuilder chunks = new StringBuilder();
            while (chunks.indexOf("\r\n0\r\n\r\n") < 0 && !chunks.toString().startsWith("0\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                chunks.append((char) b);
            }
            answer.append(new String(chunks.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            throw new IOException(stopped);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The problem details media type, as the API sends it. */
    private static final class Problems {
        static final String MEDIA_TYPE = "application/problem+json";
    }
}
