package org.cajaga.taxonomy;

/** Request bodies of vocabulary terms that several tests send. */
final class TermBodies {

    private TermBodies() {
    }

    /** A new sector with both names, a description in each language and its position. */
    static String sector(String code, String es, String en, int position) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"" + es + "\", \"en\": \"" + en + "\"},"
                + " \"description\": {\"es\": \"Descripción de " + es + "\", \"en\": \"About " + en + "\"},"
                + " \"position\": " + position + "}";
    }
}
