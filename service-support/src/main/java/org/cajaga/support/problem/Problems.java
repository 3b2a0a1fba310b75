package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.cajaga.support.i18n.CurrentLanguage;
import org.cajaga.support.i18n.Language;

/** Builds the problems services throw; titles and details follow the request's language. */
public final class Problems {

    private Problems() {
    }

    /** A problem whose detail is given in both languages; the caller's language picks one. */
    public static HttpProblem of(ProblemType type, String detailEs, String detailEn) {
        Language language = CurrentLanguage.get();
        return HttpProblem.builder()
                .withType(type.type())
                .withStatus(type.status())
                .withTitle(type.title(language))
                .withDetail(language == Language.EN ? detailEn : detailEs)
                .build();
    }

    public static HttpProblem notFound(String whatEs, String whatEn, Object id) {
        return of(ProblemType.NOT_FOUND, "No existe " + whatEs + " '" + id + "'.",
                "There is no " + whatEn + " '" + id + "'.");
    }
}
