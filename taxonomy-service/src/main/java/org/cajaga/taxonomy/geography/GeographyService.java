package org.cajaga.taxonomy.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.cajaga.taxonomy.snapshot.RefreshesSnapshot;

/** Mexican states and municipalities; curators keep the municipal list in step with INEGI. */
@ApplicationScoped
public class GeographyService {

    @Inject
    GeographyRepository geography;

    @Transactional
    @RefreshesSnapshot
    public GeographyViews.Municipality create(NewMunicipality input, String user) {
        String stateCode = input.cvegeo().substring(0, 2);
        MxState state = geography.state(stateCode).orElseThrow(() -> Problems.of(ProblemType.INVALID_DATA,
                "El CVEGEO '" + input.cvegeo() + "' no empieza con la clave de un estado (01 a 32).",
                "The CVEGEO '" + input.cvegeo() + "' does not start with a state code (01 to 32)."));
        if (geography.municipality(input.cvegeo()).isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "El municipio '" + input.cvegeo() + "' ya existe; para cambiar su nombre use PUT.",
                    "The municipality '" + input.cvegeo() + "' already exists; use PUT to rename it.");
        }
        MxMunicipality municipality = new MxMunicipality();
        municipality.cvegeo = input.cvegeo();
        municipality.state = state;
        municipality.municipalityCode = input.cvegeo().substring(2);
        municipality.name = input.name().trim();
        municipality.updatedAt = Instant.now();
        geography.persist(municipality);
        record(municipality.cvegeo, MunicipalityChange.Kind.CREATED, null, municipality.name, input.reason(), user);
        geography.flush();
        return GeographyViews.Municipality.of(municipality);
    }

    @Transactional
    @RefreshesSnapshot
    public GeographyViews.Municipality rename(String cvegeo, MunicipalityRename rename, ExpectedVersion expected, String user) {
        MxMunicipality municipality = findMunicipality(cvegeo);
        expected.require(versionOf(cvegeo, municipality.version));
        String oldName = municipality.name;
        municipality.name = rename.name().trim();
        municipality.updatedAt = Instant.now();
        record(cvegeo, MunicipalityChange.Kind.RENAMED, oldName, municipality.name, rename.reason(), user);
        geography.flush();
        return GeographyViews.Municipality.of(municipality);
    }

    public Page<GeographyViews.Change> history(String cvegeo, PageParams paging) {
        findMunicipality(cvegeo);
        int limit = paging.limit();
        int offset = paging.cursor(1).map(c -> c.intKey(0)).orElse(0);
        // The history only grows at its end, so an offset is a stable cursor here.
        return Page.from(geography.changesAfter(cvegeo, offset, limit + 1), limit,
                change -> Cursor.of(String.valueOf(offset + limit)), GeographyViews.Change::of);
    }

    public static VersionTag versionOf(String cvegeo, long version) {
        return VersionTag.of("municipality", cvegeo, version);
    }

    private void record(String cvegeo, MunicipalityChange.Kind kind, String oldName, String newName, String reason,
                        String user) {
        MunicipalityChange change = new MunicipalityChange();
        change.id = UUID.randomUUID();
        change.cvegeo = cvegeo;
        change.change = kind;
        change.oldName = oldName;
        change.newName = newName;
        change.reason = reason.trim();
        change.changedBy = user;
        change.changedAt = Instant.now();
        geography.persist(change);
    }

    private MxMunicipality findMunicipality(String cvegeo) {
        return geography.municipality(cvegeo).orElseThrow(() -> Problems.notFound("el municipio", "municipality", cvegeo));
    }
}
