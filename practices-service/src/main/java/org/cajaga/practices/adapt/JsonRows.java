package org.cajaga.practices.adapt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The statements of this package build each answer item in SQL as one JSON object (codes, arrays and reasons
 * together), which this reads into the item's view.
 */
@ApplicationScoped
class JsonRows {

    @Inject
    ObjectMapper json;

    <T> List<T> read(Query query, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<String> rows = query.getResultList();
        return rows.stream().map(row -> one(row, type)).toList();
    }

    <T> T one(String row, Class<T> type) {
        try {
            return json.readValue(row, type);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A statement built an item its view cannot read", impossible);
        }
    }
}
