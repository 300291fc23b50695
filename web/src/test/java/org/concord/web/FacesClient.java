package org.concord.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the integration tests: one session (its own cookies) that reads a Faces page and
 * submits one of its forms as a user would, with the page's view state. Redirects are not followed, so that a test
 * sees each answer.
 */
final class FacesClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /**
     * R-SEC.4: PrimeFaces' CSP mode gives each page a nonce that its script adds to every postback
     * ({@code primefaces.nonce}); a postback without it is refused, so this client sends it as the script would.
     */
    /** R-SEC.2: the second step of a form sign-in. */
    static final String SECOND_STEP = "/login-factor.xhtml";

    private static final Pattern CSP_NONCE = Pattern.compile("\\bnonce=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String forwardedFor;

    FacesClient(URL deployment) {
        this(deployment, null);
    }

    /**
     * A client that says it came through the local proxy from {@code forwardedFor} ({@code X-Forwarded-For}, trusted
     * from 127.0.0.1: R-SEC.1's per-address throttle counts that address).
     */
    FacesClient(URL deployment, String forwardedFor) {
        this.forwardedFor = forwardedFor;
        this.base = Http.local(deployment);
        // HTTP/1.1, as a browser speaks it over plain http: the JDK client's default asks to upgrade to HTTP/2
        // (h2c), which Payara grants and a proxy then passes through as a tunnel (ClusterIT).
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /**
     * Opens {@code path} and submits its form {@code formId} with {@code fields} (ids inside the form, without the
     * form's prefix) by the button {@code button}.
     */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) {
        return submit(path, formId, fields, button, () -> {});
    }

    /**
     * As {@link #submit(String, String, Map, String)}, running {@code meanwhile} between reading the page and
     * submitting its form (something changes while the form is open, e.g. a link expires).
     */
    HttpResponse<String> submit(
            String path, String formId, Map<String, String> fields, String button, Runnable meanwhile) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        meanwhile.run();
        return post(path, page.body(), formId, fields, button);
    }

    /**
     * Submits the form {@code formId} of {@code page} (a page this client was just answered, whose view holds state
     * of its own) with {@code fields} by the button {@code button}.
     */
    HttpResponse<String> postOn(String path, String page, String formId, Map<String, String> fields, String button) {
        return post(path, page, formId, fields, button);
    }

    /**
     * As {@link #postOn(String, String, String, Map, String)}, the fields given as id, value, id, value… (an id may
     * repeat: the values of a field with several, e.g. checkboxes).
     */
    HttpResponse<String> postOn(String path, String page, String formId, String button, String... fields) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(Map.entry(fields[i], fields[i + 1]));
        }
        return post(path, page, formId, pairs, button);
    }

    private HttpResponse<String> post(
            String path, String page, String formId, Map<String, String> fields, String button) {
        return post(path, page, formId, new ArrayList<>(fields.entrySet()), button);
    }

    /**
     * As {@link #submit(String, String, Map, String)} for a form of {@code enctype="multipart/form-data"} (one with a
     * file input, which the server reads only as multipart): the fields go as text parts, no file is chosen.
     */
    HttpResponse<String> submitMultipart(String path, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        return postMultipartOn(path, page.body(), formId, fields, button);
    }

    /**
     * As {@link #submitMultipart(String, String, Map, String)} on {@code page}, a page this client was just answered
     * (whose view holds state of its own, e.g. an imported Statement of Reasons).
     */
    HttpResponse<String> postMultipartOn(
            String path, String page, String formId, Map<String, String> fields, String button) {
        return postMultipartOn(path, page, formId, new ArrayList<>(fields.entrySet()), button);
    }

    /** As {@link #postMultipartOn(String, String, String, Map, String)}, a field of several values repeated. */
    HttpResponse<String> postMultipartOn(
            String path, String page, String formId, List<Map.Entry<String, String>> fields, String button) {
        String boundary = "concord-" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : formFields(path, page, formId, fields, button)) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(e.getKey())
                    .append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
                    .append(e.getValue())
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** The value of this client's cookie {@code name}, if it holds one (e.g. the proxy's instance cookie). */
    java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** What a browser sends for the form {@code formId} of {@code page}: its fields, the button, view state, nonce. */
    private static List<Map.Entry<String, String>> formFields(
            String path, String page, String formId, List<Map.Entry<String, String>> fields, String button) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new AssertionError("no view state on " + path);
        }
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry(formId, formId));
        fields.forEach(field -> form.add(Map.entry(formId + ":" + field.getKey(), field.getValue())));
        form.add(Map.entry(formId + ":" + button, ""));
        form.add(Map.entry("jakarta.faces.ViewState", state.group(1)));
        Matcher nonce = CSP_NONCE.matcher(page);
        if (nonce.find()) {
            form.add(Map.entry("primefaces.nonce", nonce.group(1)));
        }
        return form;
    }

    private HttpResponse<String> post(
            String path, String page, String formId, List<Map.Entry<String, String>> fields, String button) {
        List<Map.Entry<String, String>> form = formFields(path, page, formId, fields, button);
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Signs in through the login form; true when the sign-in was accepted. R-SEC.2: an account with a second factor
     * passes the second step with a code from {@link DemoTotp}; one whose role requires a factor and has none enrols
     * one there (its secret kept by {@link DemoTotp} for its later sign-ins).
     */
    boolean signIn(String email, String password) {
        HttpResponse<String> answer = signInWithPassword(email, password);
        if (answer.statusCode() != 302) {
            return false;
        }
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains(SECOND_STEP)) {
            return secondStep(email);
        }
        return !location.contains("login.xhtml");
    }

    /** The login form's answer to {@code email} and {@code password}: the first step only. */
    HttpResponse<String> signInWithPassword(String email, String password) {
        return submit("/login.xhtml", "login", Map.of("email", email, "password", password), "submit");
    }

    /** R-SEC.2: the second step of a pending sign-in: a code, or an enrolment; true when signed in. */
    boolean secondStep(String email) {
        HttpResponse<String> answer = secondStepAnswer(email);
        return answer.statusCode() == 200
                ? answer.body().contains("id=\"recovery-codes\"")
                : answer.statusCode() == 302
                        && !answer.headers().firstValue("Location").orElse("").contains("login");
    }

    /**
     * R-SEC.2: the answer to the second step of a pending sign-in: a redirect to where the sign-in leads (a code), or
     * the page with the recovery codes (an enrolment).
     */
    HttpResponse<String> secondStepAnswer(String email) {
        HttpResponse<String> page = get(SECOND_STEP);
        if (page.body().contains("id=\"totp-secret\"")) {
            return submitWith(
                    SECOND_STEP, "enrol", body -> Map.of("code", DemoTotp.enrolFromPage(email, body)), "submit");
        }
        return submitCode(DemoTotp.code(email));
    }

    /** R-SEC.2: whether the right password leads to an enrolment step (the account has no factor, its role needs one). */
    boolean secondStepAfterPasswordIsEnrolment(String email, String password) {
        HttpResponse<String> answer = signInWithPassword(email, password);
        return answer.headers().firstValue("Location").orElse("").contains(SECOND_STEP)
                && get(SECOND_STEP).body().contains("id=\"totp-secret\"");
    }

    /** R-SEC.2: submits {@code code} at the second step of the pending sign-in. */
    HttpResponse<String> submitCode(String code) {
        return submit(SECOND_STEP, "factor", Map.of("code", code), "submit");
    }

    /** As {@link #submit(String, String, Map, String)}, the fields computed from the page that holds the form. */
    HttpResponse<String> submitWith(
            String path,
            String formId,
            java.util.function.Function<String, Map<String, String>> fields,
            String button) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        return post(path, page.body(), formId, fields.apply(page.body()), button);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en");
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} (built elsewhere) in this client's session, with all its cookies. */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        return Http.send(client, request, body);
    }
}
