package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * taxonomy-service's ten lessons learned with the criteria V6 links them to, shaped like its answers and served over two
 * pages in each language, so scoring must follow the {@code next} cursor.
 */
final class TaxonomyLessons {

    private record Lesson(String code, String es, String en, List<String> criteria) {
    }

    private static final List<Lesson> LESSONS = List.of(
            new Lesson("INTEGRAL", "Prácticas integrales", "Integral practices", List.of("INTEGRALITY")),
            new Lesson("COCREATION", "La cocreación como base", "Co-creation as the basis",
                    List.of("RECOGNITION", "PARTICIPATION")),
            new Lesson("SOCIAL_INNOVATION", "Más allá de la tecnología: innovación social",
                    "Beyond technology: social innovation", List.of("INNOVATION")),
            new Lesson("SINGLE_PLATFORM", "Una sola plataforma", "One single platform", List.of("TRANSPARENCY", "INNOVATION")),
            new Lesson("SPECIFIC_PROBLEMS", "Resolver problemas específicos", "Solving specific problems",
                    List.of("RESULTS", "RELEVANCE")),
            new Lesson("DIRECT_INTERACTION", "Interacción directa con las personas", "Direct interaction with people",
                    List.of("PARTICIPATION")),
            new Lesson("INFORMATION_EMPOWERS", "La información empodera", "Information empowers",
                    List.of("TRANSPARENCY", "ACCOUNTABILITY")),
            new Lesson("CITIZENS_AT_CENTRE", "La ciudadanía al centro", "Citizens at the centre",
                    List.of("PARTICIPATION", "RESULTS")),
            new Lesson("STRATEGIC_ALLIANCES", "Alianzas estratégicas", "Strategic alliances",
                    List.of("SUSTAINABILITY", "REPLICABILITY", "EVIDENCE")),
            new Lesson("AGENDA2030", "Agenda 2030", "Agenda 2030", List.of("AGENDA2030")));

    private static final int FIRST_PAGE = 6;
    private static final String SECOND_PAGE_CURSOR = "Nl9ESVJFQ1RfSU5URVJBQ1RJT04";

    private TaxonomyLessons() {
    }

    static void serve(WireMockServer server) {
        for (String language : List.of("es", "en")) {
            server.stubFor(get(urlPathEqualTo("/api/v1/taxonomy/lessons")).withHeader("Accept-Language", equalTo(language))
                    .withQueryParam("cursor", absent())
                    .willReturn(okJson(page(language, 0, FIRST_PAGE, SECOND_PAGE_CURSOR))));
            server.stubFor(get(urlPathEqualTo("/api/v1/taxonomy/lessons")).withHeader("Accept-Language", equalTo(language))
                    .withQueryParam("cursor", equalTo(SECOND_PAGE_CURSOR))
                    .willReturn(okJson(page(language, FIRST_PAGE, LESSONS.size(), null))));
        }
    }

    private static String page(String language, int from, int to, String next) {
        String items = IntStream.range(from, to).mapToObj(i -> {
            Lesson lesson = LESSONS.get(i);
            return """
                    {"code": "%s", "name": "%s", "description": "...", "position": %d, "criteria": [%s],
                     "version": 1, "updatedAt": "2026-01-15T10:00:00Z"}""".formatted(lesson.code(),
                    "es".equals(language) ? lesson.es() : lesson.en(), i + 1,
                    lesson.criteria().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")));
        }).collect(Collectors.joining(", "));
        return "{\"items\": [" + items + "]" + (next == null ? "" : ", \"next\": \"" + next + "\"") + "}";
    }
}
