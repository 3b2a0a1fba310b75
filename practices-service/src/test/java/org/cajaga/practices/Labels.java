package org.cajaga.practices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cajaga.support.geography.SizeClass;

/**
 * taxonomy-service's lists as the taxonomy stub serves them, built from taxonomy-service's reference
 * data (its CSVs and the vocabulary seed migration): {@code items} with the fields practices-service
 * reads, {@code limit} per page (cursor: the offset), names in the language of {@code Accept-Language}.
 */
final class Labels implements ResponseTransformerV2 {

    static final String PATHS = "/api/v1/taxonomy/(principles|lessons|sdg/goals|sdg/targets|states|municipalities)";

    private static final Path TAXONOMY = Path.of("../taxonomy-service/src/main/resources");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TERM = Pattern.compile(
            "'(PRINCIPLE|LESSON)', '([A-Z0-9_]+)', \\d+, '((?:[^']|'')*)', '((?:[^']|'')*)'");

    @Override
    public String getName() {
        return "labels";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
        Request request = event.getRequest();
        URI uri = URI.create(request.getUrl());
        String list = uri.getPath().substring("/api/v1/taxonomy/".length());
        String language = "en".equals(request.getHeader("Accept-Language")) ? "en" : "es";
        List<ObjectNode> items = items(list, language);
        int limit = Integer.parseInt(parameter(uri, "limit", "50"));
        int offset = Integer.parseInt(parameter(uri, "cursor", "0"));
        ObjectNode page = JSON.createObjectNode();
        ArrayNode served = page.putArray("items");
        items.subList(offset, Math.min(items.size(), offset + limit)).forEach(served::add);
        if (offset + limit < items.size()) {
            page.put("next", String.valueOf(offset + limit));
        }
        return Response.Builder.like(response).but().status(200)
                .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json")))
                .body(page.toString()).build();
    }

    /** The whole list of principles in Spanish, as the stub answers it, with one of them renamed. */
    static String principlesRenamed(String code, String spanish) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        items("principles", "es").forEach(item -> items.add(code.equals(item.get("code").asText()) ? item.put("name", spanish) : item));
        return page.toString();
    }

    private static List<ObjectNode> items(String list, String language) {
        boolean english = "en".equals(language);
        return switch (list) {
            case "principles" -> terms("PRINCIPLE", english);
            case "lessons" -> terms("LESSON", english);
            case "sdg/goals" -> csv("reference/sdg-goals.csv", row -> JSON.createObjectNode()
                    .put("number", Integer.parseInt(row[0])).put("shortTitle", english ? row[4] : row[3])
                    .put("title", english ? row[2] : row[1]));
            case "sdg/targets" -> csv("reference/sdg-targets.csv", row -> item("code", row[0])
                    .put("goal", Integer.parseInt(row[1])).put("title", english ? row[3] : row[2]));
            case "states" -> csv("reference/mx-states.csv", row -> item("code", row[0]).put("name", row[1]));
            default -> municipalities();
        };
    }

    /** Municipalities with their state and the size class taxonomy-service derives from the 2020 population. */
    private static List<ObjectNode> municipalities() {
        Map<String, Long> population = new HashMap<>();
        csv("reference/mx-municipalities-population.csv", row -> {
            population.put(row[0], Long.valueOf(row[1]));
            return item("cvegeo", row[0]);
        });
        return csv("reference/mx-municipalities.csv", row -> item("cvegeo", row[0]).put("stateCode", row[1])
                .put("name", row[3]).put("sizeClass", SizeClass.of(population.get(row[0])).map(Enum::name).orElse(null)));
    }

    private static List<ObjectNode> terms(String kind, boolean english) {
        List<ObjectNode> terms = new ArrayList<>();
        Matcher term = TERM.matcher(read("db/migration/V3__seed_vocabulary.sql"));
        while (term.find()) {
            if (term.group(1).equals(kind)) {
                terms.add(item("code", term.group(2)).put("name", (english ? term.group(4) : term.group(3)).replace("''", "'")));
            }
        }
        return terms;
    }

    private static ObjectNode item(String key, String value) {
        return JSON.createObjectNode().put(key, value);
    }

    private static List<ObjectNode> csv(String file, Function<String[], ObjectNode> item) {
        try {
            List<ObjectNode> items = new ArrayList<>();
            var rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                    .<String[]>readValues(read(file));
            rows.next();
            while (rows.hasNext()) {
                items.add(item.apply(rows.next()));
            }
            return items;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(TAXONOMY.resolve(file));
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    private static String parameter(URI uri, String name, String fallback) {
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return fallback;
    }
}
