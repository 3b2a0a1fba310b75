package org.cajaga.taxonomy.vocabulary;

import jakarta.ws.rs.core.EntityTag;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.cajaga.taxonomy.i18n.Localized;

/**
 * Every term of the three vocabularies as the reads serve them: in curator order (position, then code), each
 * term's view and ETag made once per language. Immutable; part of the in-memory taxonomy snapshot.
 */
public final class VocabularyCatalogue {

    private static final Comparator<Entry> CURATOR_ORDER =
            Comparator.comparingInt(Entry::position).thenComparing(Entry::code);

    private record Entry(int position, String code, Localized<TermView> views, Localized<EntityTag> tags) {

        static Entry of(VocabularyTerm term) {
            return new Entry(term.position, term.code, Localized.of(language -> TermView.of(term, language)),
                    Localized.of(VocabularyService.versionOf(term.kind, term.code, term.version)::in));
        }

        boolean isAfter(int afterPosition, String afterCode) {
            return position > afterPosition || (position == afterPosition && code.compareTo(afterCode) > 0);
        }
    }

    private final Map<VocabularyKind, List<Entry>> inOrder = new EnumMap<>(VocabularyKind.class);
    private final Map<VocabularyKind, Map<String, Entry>> byCode = new EnumMap<>(VocabularyKind.class);

    private VocabularyCatalogue(Collection<VocabularyTerm> terms) {
        for (VocabularyKind kind : VocabularyKind.values()) {
            List<Entry> entries = terms.stream().filter(term -> term.kind == kind).map(Entry::of)
                    .sorted(CURATOR_ORDER).toList();
            inOrder.put(kind, entries);
            byCode.put(kind, entries.stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity())));
        }
    }

    public static VocabularyCatalogue of(Collection<VocabularyTerm> terms) {
        return new VocabularyCatalogue(terms);
    }

    /** One page in curator order, after the cursor's position and code. */
    Page<TermView> page(VocabularyKind kind, PageParams paging, Language language) {
        int limit = paging.limit();
        Optional<Cursor> after = paging.cursor(2);
        List<Entry> entries = inOrder.get(kind);
        int start = 0;
        if (after.isPresent()) {
            int afterPosition = after.get().intKey(0);
            String afterCode = after.get().key(1);
            while (start < entries.size() && !entries.get(start).isAfter(afterPosition, afterCode)) {
                start++;
            }
        }
        return Page.from(entries.subList(start, Math.min(entries.size(), start + limit + 1)), limit,
                entry -> Cursor.of(String.valueOf(entry.position()), entry.code()), entry -> entry.views().in(language));
    }

    TermView term(VocabularyKind kind, String code, Language language) {
        return find(kind, code).views().in(language);
    }

    EntityTag tagOf(VocabularyKind kind, String code, Language language) {
        return find(kind, code).tags().in(language);
    }

    /** Whether the vocabulary has a term with this code. */
    public boolean contains(VocabularyKind kind, String code) {
        return byCode.get(kind).containsKey(code);
    }

    private Entry find(VocabularyKind kind, String code) {
        return Optional.ofNullable(byCode.get(kind).get(code))
                .orElseThrow(() -> Problems.notFound(kind.nounEs, kind.nounEn, code));
    }
}
