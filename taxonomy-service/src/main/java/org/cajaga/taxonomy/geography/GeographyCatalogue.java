package org.cajaga.taxonomy.geography;

import jakarta.ws.rs.core.EntityTag;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.geography.SizeClass;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;

/**
 * The states and municipalities as the reads serve them, in INEGI code order, each with the ETag of its own
 * answer. Names are not translated, so one view serves both languages. Immutable; part of the in-memory
 * taxonomy snapshot.
 */
public final class GeographyCatalogue {

    record State(GeographyViews.State view, EntityTag tag) {
    }

    /** A municipality with the lower-case, accent-free name the database keeps for {@code q} ({@code search_name}). */
    record Municipality(GeographyViews.Municipality view, String searchName, EntityTag tag) {
    }

    private final List<State> states;
    private final Map<String, State> statesByCode;
    private final List<Municipality> municipalities;
    private final Map<String, Municipality> municipalitiesByCvegeo;

    private GeographyCatalogue(Collection<MxState> states, Collection<MxMunicipality> municipalities) {
        Map<String, Long> counts = municipalities.stream()
                .collect(Collectors.groupingBy(municipality -> municipality.state.code, Collectors.counting()));
        this.states = states.stream().sorted(Comparator.comparing(state -> state.code))
                .map(state -> {
                    long count = counts.getOrDefault(state.code, 0L);
                    return new State(new GeographyViews.State(state.code, state.name, count),
                            EntityTags.of("state", state.code, count));
                })
                .toList();
        statesByCode = this.states.stream()
                .collect(Collectors.toUnmodifiableMap(state -> state.view().code(), Function.identity()));
        this.municipalities = municipalities.stream().sorted(Comparator.comparing(municipality -> municipality.cvegeo))
                .map(municipality -> new Municipality(GeographyViews.Municipality.of(municipality),
                        municipality.searchName,
                        GeographyService.versionOf(municipality.cvegeo, municipality.version).in(Language.ES)))
                .toList();
        municipalitiesByCvegeo = this.municipalities.stream()
                .collect(Collectors.toUnmodifiableMap(municipality -> municipality.view().cvegeo(), Function.identity()));
    }

    public static GeographyCatalogue of(Collection<MxState> states, Collection<MxMunicipality> municipalities) {
        return new GeographyCatalogue(states, municipalities);
    }

    Page<GeographyViews.State> states(PageParams paging) {
        int limit = paging.limit();
        String after = paging.cursor(1).map(c -> c.key(0)).orElse("");
        List<State> following = states.stream().filter(state -> state.view().code().compareTo(after) > 0)
                .limit(limit + 1L).toList();
        return Page.from(following, limit, state -> Cursor.of(state.view().code()), State::view);
    }

    State state(String code) {
        return Optional.ofNullable(statesByCode.get(code)).orElseThrow(() -> Problems.notFound("el estado", "state", code));
    }

    /** Municipalities in CVEGEO order; {@code state}, {@code query} and {@code size} narrow the list when given. */
    Page<GeographyViews.Municipality> municipalities(String state, String query, SizeClass size, PageParams paging) {
        if (state != null) {
            state(state);
        }
        if (query != null && query.isBlank()) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'q' no puede estar vacío.", "The 'q' parameter must not be blank.");
        }
        int limit = paging.limit();
        String after = paging.cursor(1).map(c -> c.key(0)).orElse("");
        String fragment = query == null ? null : SearchText.plain(query);
        Predicate<Municipality> wanted = municipality -> municipality.view().cvegeo().compareTo(after) > 0
                && (state == null || municipality.view().stateCode().equals(state))
                && (fragment == null || municipality.searchName().contains(fragment))
                && (size == null || municipality.view().sizeClass() == size);
        List<Municipality> following = municipalities.stream().filter(wanted).limit(limit + 1L).toList();
        return Page.from(following, limit, municipality -> Cursor.of(municipality.view().cvegeo()),
                Municipality::view);
    }

    Municipality municipality(String cvegeo) {
        return Optional.ofNullable(municipalitiesByCvegeo.get(cvegeo))
                .orElseThrow(() -> Problems.notFound("el municipio", "municipality", cvegeo));
    }

    /** Whether there is a state with this code. */
    public boolean hasState(String code) {
        return statesByCode.containsKey(code);
    }

    /** Whether there is a municipality with this CVEGEO. */
    public boolean hasMunicipality(String cvegeo) {
        return municipalitiesByCvegeo.containsKey(cvegeo);
    }
}
