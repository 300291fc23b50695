package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * R-PLAT.2 in the tests: a real webhook receiver on 127.0.0.1 (the JDK's {@code HttpServer}; the test configuration
 * allows local receivers) at {@code /hook} and any path below it. It records every request as it saw it, can answer
 * 503 a number of times before answering 200, and can answer slowly; it checks signatures with its own HMAC-SHA256
 * (Standard Webhooks, written here independently of Concord's implementation).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as the receiver saw it: {@code arrived} when it came in, before any delay. */
    record Received(
            String path,
            String id,
            long timestamp,
            List<String> signatures,
            String body,
            int answered,
            Instant arrived,
            Instant at) {

        JsonObject payload() {
            return (JsonObject) Http.parse(body);
        }

        String type() {
            return payload().getString("type");
        }

        String procedureId() {
            JsonObject data = payload().getJsonObject("data");
            return data.containsKey("procedureId") ? data.getString("procedureId") : "";
        }

        /** Whether a signature in the request verifies with {@code secret}. */
        boolean signedWith(String secret) {
            String expected = sign(secret, id, timestamp, body);
            return signatures.stream()
                    .anyMatch(s -> MessageDigest.isEqual(
                            s.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many requests to answer 503 before answering 200. */
    final AtomicInteger failuresLeft = new AtomicInteger();

    private volatile long delayMs;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** Started at once, answering with {@code threads} threads. */
    WebhookReceiver(int threads) throws IOException {
        this.threads = Executors.newFixedThreadPool(threads);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(this.threads);
        server.createContext("/hook", exchange -> {
            Instant arrived = Instant.now();
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (delayMs > 0) {
                    Thread.sleep(delayMs);
                }
                int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
                var headers = exchange.getRequestHeaders();
                assertEquals("application/json", headers.getFirst("Content-Type"));
                received.add(new Received(
                        exchange.getRequestURI().getPath(),
                        headers.getFirst("webhook-id"),
                        Long.parseLong(headers.getFirst("webhook-timestamp")),
                        List.of(headers.getFirst("webhook-signature").split(" ")),
                        body,
                        status,
                        arrived,
                        Instant.now()));
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    /** Standard Webhooks: {@code v1,} and the base64 HMAC-SHA256 of id.timestamp.body under the secret's key. */
    static String sign(String secret, String id, long timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1,"
                    + Base64.getEncoder()
                            .encodeToString(
                                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The address of {@code /hook}, or of a path below it ({@code "/2"}). */
    String url(String below) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook" + below;
    }

    /** Every request so far, in the order they were answered. */
    List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets the requests so far and the most seen in flight at once. */
    void clear() {
        received.clear();
        maxInFlight.set(0);
    }

    /** Each request is answered this much later. */
    void answerAfter(long millis) {
        delayMs = millis;
    }

    /** The requests it is answering now (counted from their arrival, before any delay). */
    int inFlight() {
        return inFlight.get();
    }

    /** The most requests it was answering at once (since the last {@link #clear}). */
    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
