package org.cajaga.taxonomy.i18n;

import java.util.function.Function;
import org.cajaga.core.i18n.Language;

/** One value per language the API answers in, made once (a view or an ETag of the in-memory snapshot). */
public record Localized<T>(T es, T en) {

    public static <T> Localized<T> of(Function<Language, T> make) {
        return new Localized<>(make.apply(Language.ES), make.apply(Language.EN));
    }

    public T in(Language language) {
        return language == Language.EN ? en : es;
    }
}
