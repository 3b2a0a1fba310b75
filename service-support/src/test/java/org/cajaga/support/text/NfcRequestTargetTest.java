package org.cajaga.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NfcRequestTargetTest {

    /** "participación" with the accent as a combining mark, escaped as a browser on macOS sends it. */
    private static final String DECOMPOSED = "participacio%CC%81n";
    private static final String COMPOSED = "participaci%C3%B3n";

    @Test
    void decomposedQueryValuesAndPathSegmentsAreComposed() {
        assertThat(NfcRequestTarget.of(URI.create("http://localhost:8082/api/v1/practices?q=" + DECOMPOSED + "&limit=5")))
                .hasToString("http://localhost:8082/api/v1/practices?q=" + COMPOSED + "&limit=5");
        assertThat(NfcRequestTarget.of(URI.create("/api/v1/tags/" + DECOMPOSED + "/items")))
                .hasToString("/api/v1/tags/" + COMPOSED + "/items");
        assertThat(NfcRequestTarget.of(URI.create("/search?" + DECOMPOSED + "=" + DECOMPOSED)))
                .hasToString("/search?" + COMPOSED + "=" + COMPOSED);
    }

    @Test
    void aTargetAlreadyInNfcIsTheSameInstance() {
        for (String target : new String[] {"/api/v1/practices?q=participacion&state=08&state=14",
                "/api/v1/practices?q=" + COMPOSED, "/api/v1/practices?q=participaci\u00f3n", "/api/v1/practices:bulk",
                "/api/v1/practices", "http://localhost:8081/api/v1/taxonomy/sdg/targets/5.5?cursor=NDI%3D"}) {
            URI uri = URI.create(target);
            assertThat(NfcRequestTarget.of(uri)).isSameAs(uri);
        }
    }

    @Test
    void escapesThatCarrySyntaxStayEscapedAndSeparatorsStay() {
        // %26 and %3D are part of the value, '+' is a space in a query, %2F is part of one segment
        assertThat(NfcRequestTarget.of(URI.create("/p?q=a%26b%3D" + DECOMPOSED + "+y+" + DECOMPOSED + "&x=1%2B1")))
                .hasToString("/p?q=a%26b%3D" + COMPOSED + "+y+" + COMPOSED + "&x=1%2B1");
        assertThat(NfcRequestTarget.of(URI.create("/a%2F" + DECOMPOSED + ";m=1/b")))
                .hasToString("/a%2F" + COMPOSED + ";m=1/b");
    }

    @Test
    void onlyThePiecesNotInNfcAreEscapedAgain() {
        // the first value's literal '!' and lower-case escape stay as sent; the decomposed value is re-escaped
        assertThat(NfcRequestTarget.of(URI.create("/p?a=hola!%c3%b3&b=Jua%CC%81rez%20Ju%C3%A1rez!")))
                .hasToString("/p?a=hola!%c3%b3&b=Ju%C3%A1rez%20Ju%C3%A1rez%21");
    }

    @Test
    void literalCharactersBeyondAsciiAreComposedToo() {
        assertThat(NfcRequestTarget.of(URI.create("/p?q=participacio\u0301n")))
                .hasToString("/p?q=" + COMPOSED);
        // an emoji (a surrogate pair) next to a combining mark
        assertThat(NfcRequestTarget.of(URI.create("/p?q=%F0%9F%98%80e%CC%81")))
                .hasToString("/p?q=%F0%9F%98%80%C3%A9");
    }

    @Test
    void whatIsNotUtf8IsLeftToTheFramework() {
        URI latin1 = URI.create("/p?q=participaci%F3n&r=" + DECOMPOSED);
        assertThat(NfcRequestTarget.of(latin1)).hasToString("/p?q=participaci%F3n&r=" + COMPOSED);
        URI onlyLatin1 = URI.create("/p?q=participaci%F3n");
        assertThat(NfcRequestTarget.of(onlyLatin1)).isSameAs(onlyLatin1);
    }

    @Test
    void theFragmentAndAuthorityAreKept() {
        assertThat(NfcRequestTarget.of(URI.create("https://user@api.example.mx:8443/x?q=" + DECOMPOSED + "#frag")))
                .hasToString("https://user@api.example.mx:8443/x?q=" + COMPOSED + "#frag");
    }
}
