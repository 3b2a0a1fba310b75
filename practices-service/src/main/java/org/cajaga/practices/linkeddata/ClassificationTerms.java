package org.cajaga.practices.linkeddata;

import java.util.Map;
import org.cajaga.practices.practice.Classification;
import org.cajaga.practices.taxonomy.Vocabulary;

/** What each classification is called, for the catalogue's concept scheme and the practices' JSON-LD. */
public final class ClassificationTerms {

    private static final Map<Classification, Vocabulary.Label> NAMES = Map.of(
            Classification.EMBLEMATIC, new Vocabulary.Label("Caso emblemático", "Emblematic case"),
            Classification.GOOD_PRACTICE, new Vocabulary.Label("Buena práctica", "Good practice"),
            Classification.NOT_CLASSIFIED, new Vocabulary.Label("No clasificada", "Not classified"),
            Classification.PENDING, new Vocabulary.Label("Pendiente de evaluación", "Pending evaluation"));

    private ClassificationTerms() {
    }

    public static Vocabulary.Label nameOf(Classification classification) {
        return NAMES.get(classification);
    }
}
