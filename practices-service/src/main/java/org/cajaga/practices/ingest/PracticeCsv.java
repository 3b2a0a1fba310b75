package org.cajaga.practices.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.practices.practice.PracticeView;
import org.cajaga.support.json.NfcText;

/**
 * The CSV form of a practice, for spreadsheets: one row per practice, lists joined with {@code ;},
 * and actors, results and evidence as JSON arrays in their cells. Imports and exports share it.
 */
public final class PracticeCsv {

    /** Columns a government system writes; {@code externalId} identifies the row in its own system. */
    public static final List<String> INPUT_COLUMNS = List.of("externalId", "title", "summary", "description", "problem",
            "objectives", "targetPopulation", "language", "stateCode", "municipalities", "periodStart", "periodEnd",
            "cocreated", "cocreationHow", "principles", "lessons", "sdgTargets", "tags", "responsibleOrganisations",
            "actors", "results", "evidence", "contactOrganisation", "contactEmail", "contactPhone", "contactUrl");

    static final Set<String> REQUIRED = Set.of("externalId", "title", "summary", "description", "stateCode",
            "municipalities", "cocreated");

    /** Export adds what the service knows about each record. */
    public static final List<String> EXPORT_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("id", "sourceSystem"));
        columns.addAll(INPUT_COLUMNS);
        columns.addAll(List.of("sdgGoals", "status", "classification", "criteriaSet", "criteriaSetVersion",
                "updatedAt", "publishedAt"));
        EXPORT_COLUMNS = List.copyOf(columns);
    }

    /** Reads the JSON cells, their text in NFC (escaped combining marks included), and writes them. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(NfcText.module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PracticeCsv() {
    }

    /** Thrown when a cell cannot be read; the message names the column. */
    /** A cell that does not hold what its column takes, said in both languages. */
    public static final class CellException extends RuntimeException {
        private final String spanish;

        CellException(String spanish, String english) {
            super(english);
            this.spanish = spanish;
        }

        public String spanish() {
            return spanish;
        }

        public String english() {
            return getMessage();
        }
    }

    public static PracticeInput toInput(Map<String, String> row) {
        String contactOrganisation = blankToNull(row.get("contactOrganisation"));
        PracticeInput.Contact contact = contactOrganisation == null && blankToNull(row.get("contactEmail")) == null ? null
                : new PracticeInput.Contact(contactOrganisation, blankToNull(row.get("contactEmail")),
                        blankToNull(row.get("contactPhone")), blankToNull(row.get("contactUrl")));
        LocalDate start = date(row, "periodStart");
        return new PracticeInput(blankToNull(row.get("title")), blankToNull(row.get("summary")),
                blankToNull(row.get("description")), blankToNull(row.get("problem")), blankToNull(row.get("objectives")),
                blankToNull(row.get("targetPopulation")), blankToNull(row.get("language")),
                new PracticeInput.Location("MX", blankToNull(row.get("stateCode")), list(row.get("municipalities"))),
                start == null ? null : new PracticeInput.Period(start, date(row, "periodEnd")),
                list(row.get("responsibleOrganisations")),
                json(row, "actors", new TypeReference<>() { }),
                new PracticeInput.CoCreation(bool(row, "cocreated"), blankToNull(row.get("cocreationHow"))),
                list(row.get("principles")), list(row.get("lessons")), list(row.get("sdgTargets")),
                json(row, "results", new TypeReference<>() { }),
                json(row, "evidence", new TypeReference<>() { }),
                contact, list(row.get("tags")));
    }

    public static Map<String, String> toRow(PracticeView practice) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", practice.id().toString());
        row.put("sourceSystem", practice.source() == null ? "" : practice.source().system());
        row.put("externalId", practice.source() == null ? "" : practice.source().externalId());
        row.put("title", practice.title());
        row.put("summary", practice.summary());
        row.put("description", practice.description());
        row.put("problem", text(practice.problem()));
        row.put("objectives", text(practice.objectives()));
        row.put("targetPopulation", text(practice.targetPopulation()));
        row.put("language", practice.language());
        row.put("stateCode", practice.location().stateCode());
        row.put("municipalities", String.join(";", practice.location().municipalities()));
        row.put("periodStart", practice.period() == null ? "" : String.valueOf(practice.period().start()));
        row.put("periodEnd", practice.period() == null || practice.period().end() == null ? "" : practice.period().end().toString());
        row.put("cocreated", String.valueOf(practice.coCreation().cocreated()));
        row.put("cocreationHow", text(practice.coCreation().how()));
        row.put("principles", String.join(";", practice.principles()));
        row.put("lessons", String.join(";", practice.lessons()));
        row.put("sdgTargets", String.join(";", practice.sdgTargets()));
        row.put("tags", String.join(";", practice.tags()));
        row.put("responsibleOrganisations", String.join(";", practice.responsibleOrganisations()));
        row.put("actors", write(practice.actors()));
        row.put("results", write(practice.results()));
        row.put("evidence", write(practice.evidence()));
        PracticeInput.Contact contact = practice.contact();
        row.put("contactOrganisation", contact == null ? "" : text(contact.organisation()));
        row.put("contactEmail", contact == null ? "" : text(contact.email()));
        row.put("contactPhone", contact == null ? "" : text(contact.phone()));
        row.put("contactUrl", contact == null ? "" : text(contact.url()));
        row.put("sdgGoals", String.join(";", practice.sdgGoals().stream().map(String::valueOf).toList()));
        row.put("status", practice.status().name());
        row.put("classification", practice.classification().value().name());
        row.put("criteriaSet", text(practice.classification().criteriaSet()));
        row.put("criteriaSetVersion", practice.classification().criteriaSetVersion() == null ? ""
                : practice.classification().criteriaSetVersion().toString());
        row.put("updatedAt", String.valueOf(practice.updatedAt()));
        row.put("publishedAt", practice.publishedAt() == null ? "" : practice.publishedAt().toString());
        return row;
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> List<T> json(Map<String, String> row, String column, TypeReference<List<T>> type) {
        String cell = row.get(column);
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(cell, type);
        } catch (JsonProcessingException malformed) {
            throw new CellException("la columna '" + column + "' debe contener una lista JSON, como [\"A\", \"B\"]",
                    "column '" + column + "' must hold a JSON array, like [\"A\", \"B\"]");
        }
    }

    private static LocalDate date(Map<String, String> row, String column) {
        String cell = blankToNull(row.get(column));
        try {
            return cell == null ? null : LocalDate.parse(cell);
        } catch (DateTimeParseException malformed) {
            throw new CellException("la columna '" + column + "' debe ser una fecha como 2024-01-31, no '" + cell + "'",
                    "column '" + column + "' must be a date like 2024-01-31, not '" + cell + "'");
        }
    }

    private static Boolean bool(Map<String, String> row, String column) {
        String cell = blankToNull(row.get(column));
        if (cell == null) {
            return null;
        }
        return switch (cell.toLowerCase()) {
            case "true", "sí", "si", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new CellException("la columna '" + column + "' debe ser true o false, no '" + cell + "'",
                    "column '" + column + "' must be true or false, not '" + cell + "'");
        };
    }

    private static String write(Object value) {
        try {
            return value == null ? "[]" : JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
