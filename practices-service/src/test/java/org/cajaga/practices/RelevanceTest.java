package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cajaga.practices.labels.TaxonomyLabels;
import org.junit.jupiter.api.Test;

/**
 * Relevance as a test: the judged queries of {@code relevance/judgments.tsv} (accents dropped, singular
 * and plural, gender, word families, words only in secondary fields, taxonomy labels, places, typos,
 * several words) over the 32 records of {@code relevance/corpus.json}, published through the API in
 * states no other test uses. Prints recall@10 and MRR per category and asserts them: every relevant
 * record in the first 10 results (typos: 90 % of them), and a title match above a description match.
 */
@QuarkusTest
class RelevanceTest {

    private static final List<String> STATES = List.of("11", "21", "24", "26", "30");

    @Inject
    TaxonomyLabels labels;

    @Test
    void judgedQueriesFindWhatTheyShould() throws IOException {
        labels.refresh();
        Map<String, String> ids = publishCorpus();
        Map<String, List<double[]>> byCategory = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (String line : resource("relevance/judgments.tsv").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] judged = line.split("\t");
            List<String> relevant = List.of(judged[2].split(",")).stream().map(ids::get).toList();
            List<String> found = top10(judged[1]);
            long hits = relevant.stream().filter(found::contains).count();
            double recall = (double) hits / relevant.size();
            int first = found.stream().filter(relevant::contains).findFirst().map(found::indexOf).orElse(-1);
            double reciprocalRank = first < 0 ? 0 : 1.0 / (first + 1);
            byCategory.computeIfAbsent(judged[0], c -> new ArrayList<>()).add(new double[] {recall, reciprocalRank});
            if (recall < 1) {
                misses.add(judged[0] + " '" + judged[1] + "': recall@10 " + recall + ", wanted " + judged[2]);
            }
        }
        double recallSum = 0;
        double rrSum = 0;
        int queries = 0;
        for (var category : byCategory.entrySet()) {
            double recall = category.getValue().stream().mapToDouble(m -> m[0]).average().orElseThrow();
            double mrr = category.getValue().stream().mapToDouble(m -> m[1]).average().orElseThrow();
            System.out.printf("[relevance] %-10s %2d queries  recall@10 %.3f  MRR %.3f%n", category.getKey(),
                    category.getValue().size(), recall, mrr);
            recallSum += category.getValue().stream().mapToDouble(m -> m[0]).sum();
            rrSum += category.getValue().stream().mapToDouble(m -> m[1]).sum();
            queries += category.getValue().size();
        }
        System.out.printf("[relevance] all        %2d queries  recall@10 %.3f  MRR %.3f%n", queries, recallSum / queries,
                rrSum / queries);
        misses.forEach(miss -> System.out.println("[relevance] miss: " + miss));

        assertThat(queries).isGreaterThanOrEqualTo(40);
        assertThat(misses.stream().filter(miss -> !miss.startsWith("typos"))).as("queries without typos").isEmpty();
        assertThat(byCategory.get("typos").stream().mapToDouble(m -> m[0]).average().orElseThrow()).as("typos recall@10")
                .isGreaterThanOrEqualTo(0.9);
        assertThat(rrSum / queries).as("MRR").isGreaterThanOrEqualTo(0.8);

        List<String> huerto = top10("huerto");
        assertThat(huerto.indexOf(ids.get("huertos"))).as("title match first").isZero();
        assertThat(huerto.indexOf(ids.get("tianguis"))).as("description match after it").isPositive();
    }

    private static List<String> top10(String q) {
        return given().queryParam("q", q).queryParam("state", STATES).queryParam("limit", 10).get(PRACTICES)
                .then().statusCode(200).extract().path("items.id");
    }

    private static Map<String, String> publishCorpus() throws IOException {
        List<Map<String, Object>> corpus = new ObjectMapper().readValue(resource("relevance/corpus.json"),
                new TypeReference<>() { });
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> entry : corpus) {
            ids.put((String) entry.get("key"), Api.published(record(entry)));
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        return ids;
    }

    private static Map<String, Object> record(Map<String, Object> entry) {
        String municipality = (String) entry.get("municipality");
        Map<String, Object> record = new HashMap<>();
        for (String text : List.of("title", "summary", "description", "problem", "objectives", "principles", "lessons",
                "sdgTargets", "tags")) {
            record.put(text, entry.get(text));
        }
        record.put("location", Map.of("stateCode", municipality.substring(0, 2), "municipalities", List.of(municipality)));
        record.put("period", Map.of("start", "2022-01-01"));
        record.put("coCreation", Map.of("cocreated", true, "how", entry.get("coCreation")));
        record.put("actors", List.of(Map.of("name", entry.get("actor"), "sector", entry.get("sector"))));
        record.put("results", List.of(Map.of("name", entry.get("result"))));
        record.put("evidence", List.of(Map.of("url", "https://example.org/" + entry.get("key") + ".pdf", "kind", "REPORT",
                "publisher", entry.get("publisher"))));
        record.put("contact", Map.of("organisation", "Municipio (ficticio)", "email", "contacto@municipio.example"));
        return record;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RelevanceTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
