package org.cajaga.taxonomy.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.i18n.LocalizedText;
import org.cajaga.support.problem.Problems;
import org.cajaga.taxonomy.i18n.LocalizedName;
import org.cajaga.taxonomy.i18n.NameAndDescription;
import org.cajaga.taxonomy.snapshot.RefreshesSnapshot;

@ApplicationScoped
public class VocabularyService {

    @Inject
    VocabularyRepository terms;

    @Transactional
    @RefreshesSnapshot
    public TermView create(VocabularyKind kind, NewTerm input, String user, Language language) {
        if (terms.findByCode(kind, input.code()).isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "Ya existe " + kind.nounEs + " '" + input.code() + "'.",
                    "The " + kind.nounEn + " '" + input.code() + "' already exists.");
        }
        VocabularyTerm term = new VocabularyTerm();
        term.id = UUID.randomUUID();
        term.kind = kind;
        term.code = input.code();
        term.relatedCriteria = LessonCriteria.resolve(kind, input.criteria(), new String[0], terms);
        apply(term, input.name(), input.description(), input.position(), user);
        terms.persistAndFlush(term);
        return TermView.of(term, language);
    }

    /** Changes a term, unless {@code expected} names a version that is no longer current. */
    @Transactional
    @RefreshesSnapshot
    public TermView update(VocabularyKind kind, String code, TermChange change, ExpectedVersion expected, String user,
                           Language language) {
        VocabularyTerm term = find(kind, code);
        expected.require(versionOf(kind, term.code, term.version));
        term.relatedCriteria = LessonCriteria.resolve(kind, change.criteria(), term.relatedCriteria, terms);
        apply(term, change.name(), change.description(), change.position(), user);
        terms.flush();
        return TermView.of(term, language);
    }

    public static VersionTag versionOf(VocabularyKind kind, String code, long version) {
        return new VersionTag(kind + "/" + code, version);
    }

    private VocabularyTerm find(VocabularyKind kind, String code) {
        return terms.findByCode(kind, code)
                .orElseThrow(() -> Problems.notFound(kind.nounEs, kind.nounEn, code));
    }

    private static void apply(VocabularyTerm term, LocalizedName name, LocalizedText description, int position,
                              String user) {
        term.text = NameAndDescription.of(name, description);
        term.position = position;
        term.updatedAt = Instant.now();
        term.updatedBy = user;
    }
}
