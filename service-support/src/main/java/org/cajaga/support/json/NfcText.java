package org.cajaga.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.cajaga.support.text.Nfc;

/**
 * JSON text in NFC for a mapper of a service's own (the REST layer's mapper is {@link StrictJson}, whose text
 * is NFC too), e.g. for JSON inside a CSV cell. Reads strings as Jackson does, then normalises them.
 */
public final class NfcText extends StdScalarDeserializer<String> {

    private NfcText() {
        super(String.class);
    }

    /** Register it with {@code mapper.registerModule(NfcText.module())}. */
    public static Module module() {
        return new SimpleModule("cajaga-nfc-text").addDeserializer(String.class, new NfcText());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return Nfc.of(StringDeserializer.instance.deserialize(parser, context));
    }
}
