package dev.veille.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.veille.model.RelatedLink;

/** The JSON text kept in list columns: item categories, link tags, a link's related links. */
final class JsonColumns {

    // ObjectMapper is thread-safe once configured, and this one is never reconfigured.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<RelatedLink>> RELATED = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String write(List<?> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list cannot be written as JSON", e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static List<RelatedLink> related(String json) {
        return read(json, RELATED);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        // Most links have no related links and many items no categories: no parser for those.
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON list column holds invalid JSON: " + json, e);
        }
    }
}
