package dev.veille.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON array form of an item's categories, as kept in the {@code items.categories} column. */
final class CategoriesJson {

    // ObjectMapper is thread-safe once configured, and this one is never reconfigured.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private CategoriesJson() {
    }

    static String write(List<String> categories) {
        try {
            return JSON.writeValueAsString(categories == null ? List.of() : categories);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("categories cannot be written as JSON", e);
        }
    }

    static List<String> read(String json) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("items.categories holds invalid JSON: " + json, e);
        }
    }
}
