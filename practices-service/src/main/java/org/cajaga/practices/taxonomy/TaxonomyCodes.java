package org.cajaga.practices.taxonomy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cajaga.practices.config.PracticesConfig;
import org.jboss.logging.Logger;

/**
 * Tells which taxonomy codes are unknown, asking taxonomy-service once per batch of codes. Codes it
 * confirmed are remembered: fresh ones are not asked again, and while taxonomy-service is down any
 * remembered code still counts as known. A code never confirmed cannot be judged then: a single write
 * is a 503, a bulk record is reported as retryable.
 */
@ApplicationScoped
public class TaxonomyCodes {

    private static final Logger LOG = Logger.getLogger(TaxonomyCodes.class);

    @Inject
    GuardedTaxonomyClient taxonomy;

    @Inject
    PracticesConfig settings;

    private final Map<String, Instant> confirmed = new ConcurrentHashMap<>();

    /**
     * What taxonomy-service says about {@code codes}, asking it at most once and only about codes not confirmed
     * lately. While it does not answer, the codes it confirmed before count as known and the others are unjudged.
     */
    public CodeCheck check(TaxonomyCodeSet codes) {
        Instant freshAfter = Instant.now().minus(settings.taxonomyCacheTtl());
        TaxonomyCodeSet toAsk = codes.without((kind, code) -> {
            Instant at = confirmed.get(kind + ":" + code);
            return at != null && at.isAfter(freshAfter);
        });
        if (toAsk.isEmpty()) {
            return CodeCheck.allKnown();
        }
        TaxonomyValidationReport report;
        try {
            report = taxonomy.validate(toAsk);
        } catch (RuntimeException unavailable) {
            LOG.warnf("taxonomy-service unavailable (%s); judging %s from the cache", unavailable.toString(), toAsk);
            return new CodeCheck(Map.of(), toAsk.without((kind, code) -> confirmed.containsKey(kind + ":" + code)));
        }
        Map<String, List<String>> unknown = unknownOf(report);
        Instant now = Instant.now();
        toAsk.byKind().forEach((kind, asked) -> asked.stream()
                .filter(code -> !unknown.getOrDefault(kind, List.of()).contains(code))
                .forEach(code -> confirmed.put(kind + ":" + code, now)));
        return new CodeCheck(unknown, TaxonomyCodeSet.empty());
    }

    /**
     * Refuses when a code cannot be judged now (503, nothing stored) or is unknown (422, one violation per code).
     *
     * @param fields where each kind of code sits in the caller's record, when not under its own name
     */
    public void requireKnown(TaxonomyCodeSet codes, Map<String, String> fields) {
        HttpProblem refused = check(codes).problem(fields);
        if (refused != null) {
            throw refused;
        }
    }

    private static Map<String, List<String>> unknownOf(TaxonomyValidationReport report) {
        if (report.valid() || report.unknown() == null) {
            return Map.of();
        }
        TaxonomyValidationReport.Unknown unknown = report.unknown();
        return Map.of("principles", orEmpty(unknown.principles()), "lessons", orEmpty(unknown.lessons()),
                        "sectors", orEmpty(unknown.sectors()), "sdgTargets", orEmpty(unknown.sdgTargets()),
                        "municipalities", orEmpty(unknown.municipalities()))
                .entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes;
    }
}
