package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Issue 25: the Prometheus text of {@code /metrics}, read as an administrator's scraper reads it. */
final class Metrics {

    private final String text;

    private Metrics(String text) {
        this.text = text;
    }

    static Metrics of(URL base) {
        HttpResponse<String> scraped = Http.as(base, DemoAccounts.ADMIN).get("/metrics");
        assertEquals(200, scraped.statusCode(), scraped.body());
        return new Metrics(scraped.body());
    }

    String text() {
        return text;
    }

    /** The value of the sample {@code name} whose labels include every {@code label="value"} given, if any. */
    OptionalDouble value(String name, String... labels) {
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String sample = brace < 0 ? line.substring(0, Math.max(space, 0)) : line.substring(0, brace);
            if (!sample.equals(name)) {
                continue;
            }
            List<String> has = brace < 0
                    ? List.of()
                    : Arrays.asList(line.substring(brace + 1, line.indexOf('}')).split(","));
            if (Arrays.stream(labels).allMatch(has::contains)) {
                return OptionalDouble.of(Double.parseDouble(line.substring(space + 1)));
            }
        }
        return OptionalDouble.empty();
    }

    /** The value, which must be there. */
    double require(String name, String... labels) {
        return value(name, labels)
                .orElseThrow(() -> new AssertionError(
                        name + Arrays.toString(labels) + " is not among the metrics:\n" + concord()));
    }

    /** Concord's own lines, for messages. */
    String concord() {
        return String.join(
                "\n", text.lines().filter(l -> l.contains("concord_")).toList());
    }
}
