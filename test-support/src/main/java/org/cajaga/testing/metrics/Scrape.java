package org.cajaga.testing.metrics;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;

/** One read of the service's {@code /q/metrics} (Prometheus text), to look up a series' value. */
public final class Scrape {

    private final List<String> lines;

    private Scrape(String exposition) {
        this.lines = exposition.lines().filter(line -> !line.startsWith("#")).toList();
    }

    /** Reads the metrics of the service under test (RestAssured's base URI and port). */
    public static Scrape now() {
        return new Scrape(given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /**
     * The value of {@code name}, summed over its series whose labels include each given {@code label=value} pair
     * (as {@code "outcome", "created"}); 0 when no series matches, as for a counter never incremented.
     */
    public double value(String name, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("Labels come in name, value pairs: " + Arrays.toString(labels));
        }
        return lines.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        String pair = labels[i] + "=\"" + labels[i + 1] + "\"";
                        if (!line.contains("{" + pair) && !line.contains("," + pair)) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
