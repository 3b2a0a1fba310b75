package org.cajaga.practices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WireMock mappings for the taxonomy reads the catalogue makes (principles, lessons, the current
 * criteria of mapeo-2022, SDG goals, states), answered from taxonomy-service's own seed migration
 * and reference files, in Spanish or English by {@code Accept-Language}, as taxonomy-service pages them.
 */
final class TaxonomyLabelStubs {

    private static final Path TAXONOMY = Path.of("../taxonomy-service/src/main/resources");
    private static final String TEXT = "'((?:[^']|'')*)'";
    private static final Pattern TERM = Pattern.compile("\\(gen_random_uuid\\(\\), '([A-Z]+)', '([A-Z0-9_]+)', \\d+, "
            + TEXT + ", " + TEXT + ",\\s*" + TEXT + ",\\s*" + TEXT + "\\)");
    private static final Pattern CRITERION = Pattern.compile("\\('[0-9a-f-]{36}', \\d+, '([A-Z0-9_]+)', "
            + TEXT + ", " + TEXT + ",\\s*" + TEXT + ",\\s*" + TEXT + "\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TaxonomyLabelStubs() {
    }

    /** The mappings as WireMock's admin API takes them. */
    static List<String> mappings() {
        try {
            String seed = Files.readString(TAXONOMY.resolve("db/migration/V3__seed_vocabulary.sql"));
            List<String> mappings = new ArrayList<>();
            for (String language : List.of("es", "en")) {
                int name = language.equals("es") ? 2 : 3;
                mappings.add(mapping("/api/v1/taxonomy/principles", language, page(terms(seed, "PRINCIPLE", name))));
                mappings.add(mapping("/api/v1/taxonomy/lessons", language, page(terms(seed, "LESSON", name))));
                ObjectNode version = JSON.createObjectNode().put("criteriaSet", "mapeo-2022").put("number", 1)
                        .put("status", "PUBLISHED");
                ArrayNode criteria = version.putArray("criteria");
                Matcher criterion = CRITERION.matcher(seed);
                while (criterion.find()) {
                    criteria.addObject().put("code", criterion.group(1)).put("name", unquote(criterion.group(name)))
                            .put("description", unquote(criterion.group(name + 2)));
                }
                mappings.add(mapping("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/current", language, version));
                ArrayNode goals = JSON.createArrayNode();
                csv("reference/sdg-goals.csv").forEach(goal -> goals.addObject()
                        .put("number", Integer.parseInt(goal.get("goal")))
                        .put("title", goal.get("title_" + language)).put("shortTitle", goal.get("short_" + language)));
                mappings.add(mapping("/api/v1/taxonomy/sdg/goals", language, page(goals)));
            }
            ArrayNode states = JSON.createArrayNode();
            csv("reference/mx-states.csv").forEach(state -> states.addObject().put("code", state.get("state_code"))
                    .put("name", state.get("name")).put("municipalityCount", 1));
            mappings.add(mapping("/api/v1/taxonomy/states", null, page(states)));
            return mappings;
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    private static ArrayNode terms(String seed, String kind, int name) {
        ArrayNode terms = JSON.createArrayNode();
        Matcher term = TERM.matcher(seed);
        while (term.find()) {
            if (term.group(1).equals(kind)) {
                terms.addObject().put("code", term.group(2)).put("name", unquote(term.group(name + 1)))
                        .put("description", unquote(term.group(name + 3))).put("position", terms.size() + 1)
                        .put("version", 0).put("updatedAt", "2026-01-15T10:00:00Z");
            }
        }
        return terms;
    }

    private static ObjectNode page(ArrayNode items) {
        ObjectNode page = JSON.createObjectNode();
        page.set("items", items);
        return page;
    }

    private static String mapping(String path, String language, JsonNode body) {
        ObjectNode mapping = JSON.createObjectNode();
        ObjectNode request = mapping.putObject("request").put("method", "GET").put("urlPath", path);
        if (language != null) {
            request.putObject("headers").putObject("Accept-Language").put("equalTo", language);
        }
        ObjectNode response = mapping.putObject("response").put("status", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.set("jsonBody", body);
        return mapping.toString();
    }

    private static List<Map<String, String>> csv(String file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(TAXONOMY.resolve(file).toFile())) {
            return rows.readAll();
        }
    }

    private static String unquote(String sql) {
        return sql.replace("''", "'");
    }
}
