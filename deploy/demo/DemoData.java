import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads the demo catalogue through the public API, the way its users would: the government system
 * {@code municipal-system-demo} pushes deploy/demo/practices.ndjson in bulk and submits its records,
 * an editor publishes most of them, two evaluators score some so that the classifications
 * arrive on the practices through scoring-service's outbox, three demo users reflect on two of them,
 * naming what they would adapt where (so {@code /adaptations} and the suggestions show adaptation elements),
 * and the government system self-assesses one more, whose gap report then shows. Running it again changes
 * nothing.
 *
 * <p>Usage: {@code java deploy/demo/DemoData.java GATEWAY_URL KEYCLOAK_URL [NDJSON]}. JDK only.
 */
public class DemoData {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final List<String> CRITERIA = List.of("INNOVATION", "ACCOUNTABILITY", "TRANSPARENCY", "RESULTS",
            "INTEGRALITY", "RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "RELEVANCE", "EVIDENCE", "PARTICIPATION",
            "AGENDA2030");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;
    private final String keycloak;

    DemoData(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    public static void main(String[] args) throws Exception {
        Path records = Path.of(args.length > 2 ? args[2] : "deploy/demo/practices.ndjson");
        new DemoData(args[0], args[1]).load(records);
    }

    void load(Path records) throws Exception {
        String system = clientToken("municipal-system-demo", "demo-municipal-secret");
        String editor = userToken("editor.demo", "editor-demo");
        String report = call("POST", "/api/v1/practices:bulk?source=demo-chihuahua", system, "application/x-ndjson",
                HttpRequest.BodyPublishers.ofFile(records), 200).body();
        List<String> ids = new ArrayList<>();
        Matcher found = ID.matcher(report);
        while (found.find()) {
            ids.add(found.group(1));
        }
        System.out.println("Pushed " + ids.size() + " demo practices: " + summary(report));

        List<String> published = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (i % 10 == 9) {
                continue; // every tenth stays a draft of the government system
            }
            moveTo(id, "SUBMITTED", "submit", system);
            if (i % 10 != 8) {
                moveTo(id, "PUBLISHED", "publish", editor);
                published.add(id);
            }
        }
        System.out.println("Published " + published.size() + "; " + (ids.size() - published.size())
                + " wait as drafts or submitted records");

        String first = userToken("evaluator.demo", "evaluator-demo");
        String second = userToken("evaluator2.demo", "evaluator-demo");
        int evaluated = 0;
        for (int i = 0; i < Math.min(20, published.size()); i++) {
            Set<String> notMet = switch (i % 4) {
                case 0 -> Set.of();
                case 1 -> Set.of("RECOGNITION");
                case 2 -> Set.of("RESULTS", "EVIDENCE", "SUSTAINABILITY", "RECOGNITION");
                default -> Set.of("AGENDA2030");
            };
            evaluated += evaluate(published.get(i), first, "EXPERT_REVIEW", notMet)
                    + evaluate(published.get(i), second, "EXPERT_REVIEW", notMet);
        }
        System.out.println("Submitted " + evaluated + " new expert evaluations of 20 published practices");
        if (published.size() > 20) {
            selfAssess(published.get(20), system);
        }

        int reflected = reflect(published.get(0), "curator.demo", "curator-demo", "ACADEMIA",
                "Asambleas por colonia, Votación en línea", "20067")
                + reflect(published.get(0), "evaluator.demo", "evaluator-demo", "CIVIL_SOCIETY",
                "asambleas por colonia; Mapa de obras", "14039")
                + reflect(published.get(1), "evaluator2.demo", "evaluator-demo", "GOVERNMENT",
                "Tablero de seguimiento, Datos abiertos", "08037");
        System.out.println("Posted " + reflected + " new reflections with adaptation elements");
    }

    /** @return 1 when the reflection was posted, 0 when this user had already reflected on the practice */
    private int reflect(String practice, String user, String password, String sector, String elements,
                        String municipality) throws Exception {
        String token = userToken(user, password);
        String path = "/api/v1/practices/" + practice + "/reflections";
        if (Pattern.compile("\"author\"\\s*:\\s*\"" + Pattern.quote(user) + "\"")
                .matcher(call("GET", path + "?limit=200", token, null, null, 200).body()).find()) {
            return 0;
        }
        String body = "{\"text\":\"Reflexión de demostración: lo adaptaríamos en nuestro municipio.\",\"sector\":\""
                + sector + "\",\"adaptation\":{\"municipality\":\"" + municipality + "\",\"elements\":\"" + elements
                + "\",\"reason\":\"Ejemplo de demostración\"}}";
        call("POST", path, token, "application/json", HttpRequest.BodyPublishers.ofString(body), 201);
        return 1;
    }

    /** The government system's self-assessment of its own practice: 7 of the 12 criteria met. */
    private void selfAssess(String practice, String system) throws Exception {
        evaluate(practice, system, "SELF_ASSESSMENT",
                Set.of("RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "EVIDENCE", "PARTICIPATION"));
        String listed = call("GET", "/api/v1/evaluations?kind=SELF_ASSESSMENT&practiceId=" + practice, system, null,
                null, 200).body();
        System.out.println("Gap report of a self-assessment (as municipal-system-demo): GET " + gateway
                + "/api/v1/evaluations/" + first(ID, listed) + "/gap");
    }

    private void moveTo(String id, String target, String action, String token) throws Exception {
        HttpResponse<String> current = call("GET", "/api/v1/practices/" + id, token, null, null, 200);
        String status = first(STATUS, current.body());
        if (status.equals(target) || (target.equals("SUBMITTED") && status.equals("PUBLISHED"))) {
            return;
        }
        call("POST", "/api/v1/practices/" + id + "/" + action, token, null, null, 200,
                "If-Match", current.headers().firstValue("ETag").orElseThrow());
    }

    /** @return 1 when a new evaluation was submitted, 0 when this evaluator had already evaluated it */
    private int evaluate(String practice, String token, String kind, Set<String> notMet) throws Exception {
        String verdicts = CRITERIA.stream().map(c -> "{\"criterion\":\"" + c + "\",\"verdict\":\""
                        + (notMet.contains(c) ? "NOT_MET" : "MET") + "\",\"justification\":\"Revisión de demostración.\"}")
                .collect(Collectors.joining(",", "[", "]"));
        String body = "{\"practiceId\":\"" + practice + "\",\"criteriaSet\":\"mapeo-2022\",\"criteriaSetVersion\":1,"
                + "\"kind\":\"" + kind + "\",\"verdicts\":" + verdicts + "}";
        HttpResponse<String> draft = call("POST", "/api/v1/evaluations", token, "application/json",
                HttpRequest.BodyPublishers.ofString(body), 201, 409);
        if (draft.statusCode() == 409) {
            return 0;
        }
        call("POST", "/api/v1/evaluations/" + first(ID, draft.body()) + "/submit", token, null, null, 200,
                "If-Match", draft.headers().firstValue("ETag").orElseThrow());
        return 1;
    }

    private String clientToken(String client, String secret) throws Exception {
        return token(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    private String userToken(String user, String password) throws Exception {
        return token(Map.of("grant_type", "password", "client_id", "demo-cli", "username", user, "password", password));
    }

    private String token(Map<String, String> form) throws Exception {
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/cajaga/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + response.body());
        }
        return first(Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\""), response.body());
    }

    private HttpResponse<String> call(String method, String path, String token, String contentType,
                                      HttpRequest.BodyPublisher body, int expected, Object... more)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        Set<Integer> accepted = new HashSet<>(Set.of(expected));
        for (int i = 0; i < more.length; i++) {
            if (more[i] instanceof Integer status) {
                accepted.add(status);
            } else {
                request.header((String) more[i], (String) more[++i]);
            }
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (!accepted.contains(response.statusCode())) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String summary(String report) {
        int start = report.indexOf("\"summary\"");
        return start < 0 ? "" : report.substring(start, report.indexOf('}', start) + 1);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found in answer: " + text);
        }
        return matcher.group(1);
    }
}
