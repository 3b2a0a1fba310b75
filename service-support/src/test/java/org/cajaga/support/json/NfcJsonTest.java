package org.cajaga.support.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NfcJsonTest {

    private static final String DECOMPOSED = "Participacio\u0301n ciudadana en Jua\u0301rez";
    private static final String COMPOSED = "Participaci\u00f3n ciudadana en Ju\u00e1rez";

    record Named(String name, List<String> tags, Map<String, Object> extra) {
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static String json(String text) {
        return "{\"name\": \"" + text + "\", \"tags\": [\"" + text + "\"], \"extra\": {\"note\": \"" + text + "\"}}";
    }

    @Test
    void textReadIntoRecordsListsAndMapsIsNfc() throws Exception {
        assertThat(DECOMPOSED).isNotEqualTo(COMPOSED);
        Named named = strict().readValue(json(DECOMPOSED), Named.class);
        assertThat(named.name()).isEqualTo(COMPOSED);
        assertThat(named.tags()).containsExactly(COMPOSED);
        assertThat(named.extra()).containsEntry("note", COMPOSED);
    }

    @Test
    void jsonEscapesOfCombiningMarksAreComposedToo() throws Exception {
        String escaped = "{\"name\": \"Jua\\u0301rez\", \"tags\": [], \"extra\": {}}";
        assertThat(strict().readValue(escaped, Named.class).name()).isEqualTo("Ju\u00e1rez");
    }

    @Test
    void textReadIntoATreeIsNfc() throws Exception {
        JsonNode tree = strict().readTree(json(DECOMPOSED));
        assertThat(tree.get("name").asText()).isEqualTo(COMPOSED);
        assertThat(tree.get("tags").get(0).asText()).isEqualTo(COMPOSED);
        assertThat(strict().treeToValue(tree, Named.class).extra()).containsEntry("note", COMPOSED);
    }

    @Test
    void aServicesOwnMapperReadsNfcWithTheModule() throws Exception {
        ObjectMapper lenient = new ObjectMapper().registerModule(NfcText.module());
        assertThat(lenient.readValue(json(DECOMPOSED), Named.class).tags()).containsExactly(COMPOSED);
        // it stays as lenient as Jackson: a number is still taken as text
        assertThat(lenient.readValue("{\"name\": 12}", Named.class).name()).isEqualTo("12");
    }
}
