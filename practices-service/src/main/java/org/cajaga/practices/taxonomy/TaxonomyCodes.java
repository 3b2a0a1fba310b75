package org.cajaga.practices.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.practices.practice.CodeProblems;
import org.cajaga.support.problem.Problems;
import org.jboss.logging.Logger;

/**
 * Tells which taxonomy codes are unknown, asking taxonomy-service once per batch of codes. Codes it
 * confirmed are remembered: fresh ones are not asked again, and while taxonomy-service is down any
 * remembered code still counts as known. A code never confirmed cannot be judged then: 503.
 */
@ApplicationScoped
public class TaxonomyCodes {

    private static final Logger LOG = Logger.getLogger(TaxonomyCodes.class);

    @Inject
    GuardedTaxonomyClient taxonomy;

    @Inject
    PracticesConfig settings;

    private final Map<String, Instant> confirmed = new ConcurrentHashMap<>();

    /** Unknown codes per kind (kinds with none are absent). */
    public Map<String, List<String>> unknown(TaxonomyCodeSet codes) {
        Instant freshAfter = Instant.now().minus(settings.taxonomyCacheTtl());
        TaxonomyCodeSet toAsk = codes.without((kind, code) -> {
            Instant at = confirmed.get(kind + ":" + code);
            return at != null && at.isAfter(freshAfter);
        });
        if (toAsk.isEmpty()) {
            return Map.of();
        }
        TaxonomyValidationReport report;
        try {
            report = taxonomy.validate(toAsk);
        } catch (RuntimeException unavailable) {
            LOG.warnf("taxonomy-service unavailable (%s); judging %s from the cache", unavailable.toString(), toAsk);
            TaxonomyCodeSet neverConfirmed = toAsk.without((kind, code) -> confirmed.containsKey(kind + ":" + code));
            if (neverConfirmed.isEmpty()) {
                return Map.of();
            }
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "No se pueden validar los códigos de taxonomía ahora (el servicio de taxonomía no responde). "
                            + "No se guardó nada; intente de nuevo en unos minutos.",
                    "Taxonomy codes cannot be validated now (taxonomy-service does not answer). "
                            + "Nothing was stored; try again in a few minutes.");
        }
        Map<String, List<String>> unknown = unknownOf(report);
        Instant now = Instant.now();
        toAsk.byKind().forEach((kind, asked) -> asked.stream()
                .filter(code -> !unknown.getOrDefault(kind, List.of()).contains(code))
                .forEach(code -> confirmed.put(kind + ":" + code, now)));
        return unknown;
    }

    /**
     * Refuses (422, one violation per code) when any code is unknown.
     *
     * @param fields where each kind of code sits in the caller's record, when not under its own name
     */
    public void requireKnown(TaxonomyCodeSet codes, Map<String, String> fields) {
        Map<String, List<String>> unknown = unknown(codes);
        if (!unknown.isEmpty()) {
            throw CodeProblems.unknownCodes(unknown, fields);
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
