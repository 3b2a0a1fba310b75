package org.cajaga.practices.taxonomy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** Codes a practice refers to, grouped as taxonomy-service's batch validation expects them. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomyCodeSet(
        Set<String> principles,
        Set<String> lessons,
        Set<String> sectors,
        Set<String> sdgTargets,
        Set<String> municipalities) {

    public static TaxonomyCodeSet empty() {
        return new TaxonomyCodeSet(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    /** Adds the codes of one record, so a whole chunk of a bulk push is checked in one call. */
    public TaxonomyCodeSet add(List<String> principles, List<String> lessons, List<String> sectors,
                               List<String> sdgTargets, List<String> municipalities) {
        this.principles.addAll(principles);
        this.lessons.addAll(lessons);
        this.sectors.addAll(sectors);
        this.sdgTargets.addAll(sdgTargets);
        this.municipalities.addAll(municipalities);
        return this;
    }

    /** Adds another set's codes, kind by kind. */
    public TaxonomyCodeSet addAll(TaxonomyCodeSet other) {
        Map<String, Set<String>> mine = byKind();
        other.byKind().forEach((kind, codes) -> mine.get(kind).addAll(codes));
        return this;
    }

    public Map<String, Set<String>> byKind() {
        return Map.of("principles", principles, "lessons", lessons, "sectors", sectors,
                "sdgTargets", sdgTargets, "municipalities", municipalities);
    }

    /** The codes for which {@code settled} does not answer (kind, code). */
    public TaxonomyCodeSet without(BiPredicate<String, String> settled) {
        TaxonomyCodeSet rest = empty();
        byKind().forEach((kind, codes) -> codes.stream().filter(code -> !settled.test(kind, code))
                .forEach(code -> rest.byKind().get(kind).add(code)));
        return rest;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return byKind().values().stream().allMatch(Set::isEmpty);
    }
}
