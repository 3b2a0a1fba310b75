package org.cajaga.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import org.cajaga.support.text.Nfc;

/**
 * Text fields take JSON strings only (not numbers, booleans, arrays or objects) and never a NUL
 * character, which no text of the catalogue has and PostgreSQL cannot store. Text is read in NFC
 * ({@link Nfc}), so that bounds, patterns and comparisons see what the service will store.
 */
final class StrictText extends StdScalarDeserializer<String> {

    static final String NUL_MESSAGE = "NUL character in text";

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        if (text.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, NUL_MESSAGE, text, String.class);
        }
        return Nfc.of(text);
    }
}
