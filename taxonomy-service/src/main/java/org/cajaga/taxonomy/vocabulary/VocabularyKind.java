package org.cajaga.taxonomy.vocabulary;

/** The curated vocabularies that share one shape: code, bilingual name and description, position. */
public enum VocabularyKind {
    PRINCIPLE("el principio", "principle"),
    LESSON("la lección aprendida", "lesson learned"),
    SECTOR("el sector", "sector");

    final String nounEs;
    final String nounEn;

    VocabularyKind(String nounEs, String nounEn) {
        this.nounEs = nounEs;
        this.nounEn = nounEn;
    }
}
