package org.cajaga.support.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.cajaga.support.text.Nfc;

/**
 * Text read into a tree ({@code readTree}, {@code JsonNode} bodies such as merge patches, NDJSON lines) is
 * NFC, as text read into a record is ({@link StrictText}).
 */
final class NfcNodeFactory extends JsonNodeFactory {

    static final NfcNodeFactory INSTANCE = new NfcNodeFactory();

    private NfcNodeFactory() {
    }

    @Override
    public TextNode textNode(String text) {
        return super.textNode(Nfc.of(text));
    }
}
