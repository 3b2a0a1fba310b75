package org.cajaga.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void spanishIsTheDefault() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ES);
        assertThat(Language.fromAcceptLanguage("")).isEqualTo(Language.ES);
        assertThat(Language.fromAcceptLanguage("fr-FR, de")).isEqualTo(Language.ES);
        assertThat(Language.fromAcceptLanguage(";;;q=broken")).isEqualTo(Language.ES);
    }

    @Test
    void qualityValuesDecide() {
        assertThat(Language.fromAcceptLanguage("en")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("es-MX,es;q=0.9,en;q=0.8")).isEqualTo(Language.ES);
        assertThat(Language.fromAcceptLanguage("fr;q=1, en;q=0.5, es;q=0.4")).isEqualTo(Language.EN);
    }
}
