package org.cajaga.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cajaga.testing.TestTokens;

/** Clearly fictitious practice records and the tokens of the people who write them. */
final class SampleRecords {

    private SampleRecords() {
    }

    static String editor() {
        return TestTokens.forUser("eva.editor", "editor");
    }

    /**
     * A government system allowed to write Ciudad Juárez (08037) and every municipality of Jalisco (14),
     * owning the sources the tests push under.
     */
    static String chihuahuaSystem() {
        return TestTokens.forUser("service-account-chihuahua", Map.of("azp", "municipal-system-demo",
                "municipalities", List.of("08037", "14"),
                "sources", List.of("transparencia-chih", "bulk-system", "csv-system", "words-system")), "integrator");
    }

    /** A government system of Oaxaca (20067) that owns only the source {@code transparencia-oax}. */
    static String otherSystem() {
        return TestTokens.forUser("service-account-oaxaca", Map.of("municipalities", List.of("20067"),
                "sources", List.of("transparencia-oax")), "integrator");
    }

    /** A government system whose token carries no {@code sources} claim. */
    static String systemWithoutSources() {
        return TestTokens.forUser("service-account-sin-fuentes", Map.of("municipalities", List.of("20067")), "integrator");
    }

    static Map<String, Object> practice(String title, String municipality) {
        Map<String, Object> record = new HashMap<>();
        record.put("title", title);
        record.put("summary", "Resumen de " + title);
        record.put("description", "Descripción ficticia de " + title + " para pruebas.");
        record.put("location", Map.of("stateCode", municipality.substring(0, 2), "municipalities", List.of(municipality)));
        record.put("period", Map.of("start", "2021-03-01"));
        record.put("coCreation", Map.of("cocreated", true, "how", "Mesas de trabajo con vecinos"));
        record.put("principles", List.of("TRANSPARENCY", "PARTICIPATION"));
        record.put("lessons", List.of("COCREATION"));
        record.put("sdgTargets", List.of("16.7", "5.5"));
        record.put("actors", List.of(Map.of("name", "Colectivo Ejemplo", "sector", "CIVIL_SOCIETY", "role", "Convoca")));
        record.put("results", List.of(Map.of("name", "Asambleas realizadas", "unit", "asambleas", "value", 12)));
        record.put("evidence", List.of(Map.of("url", "https://example.org/informe.pdf", "kind", "REPORT",
                "endorsedByCivilSociety", true)));
        record.put("contact", Map.of("organisation", "Dirección de Participación Ciudadana (ficticia)",
                "email", "participacion@municipio.example"));
        record.put("tags", List.of("presupuesto"));
        return record;
    }

    static Map<String, Object> with(Map<String, Object> record, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(record);
        copy.put(field, value);
        return copy;
    }
}
