package org.concord.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for the tests: one caller (anonymous, Basic, Bearer, or a demo account with a second step: a
 * token on the API, a signed-in session on pages) against the deployed Concord.
 */
public final class Http {

    public static final String DEMO_PASSWORD = "concord-demo";
    // HTTP/1.1: the JDK client's default upgrade to HTTP/2 over plain http was reset once by the server
    // ("Received RST_STREAM: Stream is closed") in a fresh-clone run; the API is HTTP/1.1 to its callers anyway.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URL deployment;
    private final URI base;
    private final String authorization;
    /**
     * R-SEC.2, R-SEC.3: the account whose signed-in session ({@link PageSessions}) carries the page requests, or
     * {@code null}: pages get the same {@link #authorization} as the API. A page refuses API tokens and Basic refuses
     * an account with a second step, so such an account's pages need a session signed in through the form.
     */
    private final String pageSessionOf;

    private Http(URL base, String authorization) {
        this(base, authorization, null);
    }

    private Http(URL base, String authorization, String pageSessionOf) {
        this.deployment = base;
        this.base = local(base);
        this.authorization = authorization;
        this.pageSessionOf = pageSessionOf;
    }

    /**
     * The deployment's address on the loopback interface, ending in "/". Payara Micro may report the machine's
     * interface address; the tests only ever talk to 127.0.0.1.
     */
    public static URI local(URL deployment) {
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deployment.getPort() + path);
    }

    public static Http anonymous(URL base) {
        return new Http(base, null);
    }

    /**
     * A demo account (README). One who signs in with a second factor (R-SEC.2) calls the API with the account's demo
     * token, as their scripts would, and pages in a session signed in through the form with its second step (HTTP
     * Basic refuses such an account); the others use HTTP Basic for both.
     */
    public static Http as(URL base, String email) {
        return DemoAccounts.WITH_SECOND_FACTOR.contains(email)
                ? new Http(base, "Bearer " + DemoAccounts.token(email), email)
                : basic(base, email, DEMO_PASSWORD);
    }

    public static Http basic(URL base, String email, String password) {
        return new Http(
                base,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Http bearer(URL base, String token) {
        return new Http(base, "Bearer " + token);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON POST with extra headers, given as name, value, name, value… */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request =
                request(path).header("Content-Type", "application/json").headers(headers);
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Accept-Language")) {
                request.setHeader("Accept-Language", headers[i + 1]);
            }
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET with extra headers, given as name, value, name, value… (an Accept-Language replaces the default "en"). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(withHeaders(request(path), headers).GET());
    }

    /** A JSON PUT with extra headers, given as name, value, name, value… */
    public HttpResponse<String> put(String path, String json, String... headers) {
        return send(withHeaders(request(path).header("Content-Type", "application/json"), headers)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en");
        if (authorization != null && (pageSessionOf == null || isApi(path))) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static boolean isApi(String path) {
        return path.matches("/?(api|metrics)(/.*)?");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Pages of an account with a second step go through its signed-in session; everything else as it is. */
    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = builder.build();
        if (pageSessionOf != null && !isApi(base.relativize(request.uri()).getPath())) {
            return PageSessions.send(deployment, pageSessionOf, request, body);
        }
        return send(CLIENT, request, body);
    }

    static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A {@code multipart/form-data} POST: the text {@code fields} (name, value, name, value…) and, unless
     * {@code fileName} is {@code null}, one file part {@code fileField}.
     */
    public HttpResponse<String> postMultipart(
            String path, String fileField, String fileName, byte[] file, String... fields) {
        String boundary = "concord-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
