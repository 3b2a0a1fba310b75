package org.cajaga.support.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON bodies are read as they are typed: a number is not text, text is not a number or a boolean, a
 * fraction is not an integer, one value is not a list. What does not match is a 400 problem naming the
 * field ({@link JsonBodyProblems}), never a silent conversion. Text comes in NFC, whether it is read into a
 * record ({@link StrictText}) or into a tree ({@link NfcNodeFactory}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.registerModule(new SimpleModule("cajaga-strict-text").addDeserializer(String.class, new StrictText()));
        mapper.setNodeFactory(NfcNodeFactory.INSTANCE);
    }
}
