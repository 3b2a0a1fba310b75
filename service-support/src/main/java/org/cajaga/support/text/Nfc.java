package org.cajaga.support.text;

import java.text.Normalizer;

/**
 * Unicode normalization form C: one spelling for what a reader sees as the same text. Clients send accents
 * composed ("ó", U+00F3) or decomposed ("o" + U+0301; macOS and some browsers do), and the two compare,
 * sort, search and display differently. Every text the services take in is brought to NFC.
 */
public final class Nfc {

    private Nfc() {
    }

    /** The text in NFC; the same instance when it already is, {@code null} for {@code null}. */
    public static String of(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
