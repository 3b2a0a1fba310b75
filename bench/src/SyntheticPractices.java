import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Writes clearly synthetic practice records as NDJSON for bulk pushes: every title starts with
 * "Sintético", codes are real taxonomy codes, municipalities and SDG targets come from the reference
 * data shipped with taxonomy-service. Same seed, same records.
 *
 * <p>Usage: {@code java bench/src/SyntheticPractices.java COUNT REFERENCE_DIR > practices.ndjson}
 */
public class SyntheticPractices {

    private static final List<String> PRINCIPLES = List.of("TRANSPARENCY", "ACCOUNTABILITY", "PARTICIPATION", "INNOVATION");
    private static final List<String> LESSONS = List.of("INTEGRAL", "COCREATION", "SOCIAL_INNOVATION", "SINGLE_PLATFORM",
            "SPECIFIC_PROBLEMS", "DIRECT_INTERACTION", "INFORMATION_EMPOWERS", "CITIZENS_AT_CENTRE", "STRATEGIC_ALLIANCES",
            "AGENDA2030");
    private static final List<String> SECTORS = List.of("GOVERNMENT", "CIVIL_SOCIETY", "ACADEMIA", "PRIVATE_SECTOR",
            "CITIZENS", "INTERNATIONAL_ORGANISATION");
    private static final List<String> TOPICS = List.of("presupuesto participativo", "cabildo abierto", "datos abiertos",
            "contraloría social", "consulta ciudadana", "transparencia proactiva", "gobierno digital", "mesas vecinales",
            "rendición de cuentas", "obra pública abierta", "compras abiertas", "participación juvenil",
            "agua y saneamiento", "movilidad urbana", "seguridad ciudadana", "igualdad de género");
    private static final List<String> PLACES = List.of("colonias", "barrios", "comunidades rurales", "escuelas",
            "mercados", "juntas auxiliares", "ejidos", "centros de salud");

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path reference = Path.of(args[1]);
        List<String> municipalities = Files.readAllLines(reference.resolve("mx-municipalities.csv")).stream().skip(1)
                .map(line -> line.substring(0, 5)).toList();
        List<String> targets = Files.readAllLines(reference.resolve("sdg-targets.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        Random random = new Random(20261125L);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (int n = 1; n <= count; n++) {
            String municipality = municipalities.get(random.nextInt(municipalities.size()));
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            String place = PLACES.get(random.nextInt(PLACES.size()));
            int start = 2010 + random.nextInt(15);
            String title = String.format("Sintético %06d: %s en %s", n, capitalize(topic), place);
            out.write("{\"externalId\":\"SYN-" + n + "\",\"practice\":{"
                    + "\"title\":" + quote(title)
                    + ",\"summary\":" + quote("Registro sintético de prueba sobre " + topic + " en " + place + ".")
                    + ",\"description\":" + quote("Descripción sintética número " + n + ": el municipio organiza " + topic
                    + " con " + place + " y publica sus resultados. No es una práctica real.")
                    + ",\"location\":{\"stateCode\":\"" + municipality.substring(0, 2) + "\",\"municipalities\":[\""
                    + municipality + "\"]}"
                    + ",\"period\":{\"start\":\"" + start + "-01-01\"" + (random.nextBoolean() ? ",\"end\":\"" + (start + 1 + random.nextInt(3)) + "-12-31\"" : "") + "}"
                    + ",\"coCreation\":{\"cocreated\":" + random.nextBoolean() + "}"
                    + ",\"principles\":" + pick(PRINCIPLES, 1 + random.nextInt(3), random)
                    + ",\"lessons\":" + pick(LESSONS, 1 + random.nextInt(2), random)
                    + ",\"sdgTargets\":" + pick(targets, 1 + random.nextInt(3), random)
                    + ",\"actors\":[{\"name\":\"Actor sintético " + (n % 97) + "\",\"sector\":\""
                    + SECTORS.get(random.nextInt(SECTORS.size())) + "\",\"role\":\"Participa\"}]"
                    + ",\"results\":[{\"name\":\"Personas participantes\",\"unit\":\"personas\",\"value\":"
                    + (10 + random.nextInt(5000)) + ",\"source\":\"Informe sintético\"}]"
                    + ",\"tags\":[\"sintetico\"]}}\n");
        }
        out.flush();
    }

    private static String pick(List<String> values, int howMany, Random random) {
        StringJoiner joined = new StringJoiner("\",\"", "[\"", "\"]");
        random.ints(0, values.size()).distinct().limit(howMany).forEach(i -> joined.add(values.get(i)));
        return joined.toString();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
