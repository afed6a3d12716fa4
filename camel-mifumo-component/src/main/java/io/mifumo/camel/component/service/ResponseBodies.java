package io.mifumo.camel.component.service;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the body shapes the API uses around its data.
 */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    /**
     * A page of items from any of the list shapes the API answers with: a top-level list, an object with
     * {@code results}, or {@code data} holding either a list or an object with {@code results}.
     *
     * @throws IllegalArgumentException when the body has none of these shapes
     */
    public static <T> Page<T> readPage(ObjectMapper mapper, JsonNode root, Class<T> itemType) {
        if (root == null || root.isNull()) {
            throw new IllegalArgumentException("the body is empty, expected a list");
        }
        JsonNode container = root;
        JsonNode data = root.get("data");
        if (root.isObject() && data != null && (data.isArray() || data.isObject())) {
            container = data;
        }
        JsonNode items;
        if (container.isArray()) {
            items = container;
        } else if (container.isObject() && container.path("results").isArray()) {
            items = container.get("results");
        } else {
            throw new IllegalArgumentException("expected a list, an object with results, or data holding either;"
                                               + " got " + describe(root));
        }

        List<T> list = new ArrayList<>();
        for (JsonNode item : items) {
            list.add(mapper.convertValue(item, itemType));
        }
        Integer count = container.isObject() && container.path("count").canConvertToInt()
                && container.path("count").isNumber() ? container.get("count").intValue() : null;
        JsonNode next = container.isObject() ? container.get("next") : null;
        Boolean hasNext = next == null ? null : !next.isNull() && !next.asText().isEmpty();
        return new Page<>(list, count, hasNext);
    }

    /**
     * The payload of an object answer: the partner API wraps it as {@code {"success": true, "data": {...}}}, the SMS
     * API does not.
     */
    public static JsonNode unwrapData(JsonNode root) {
        if (root != null && root.isObject() && root.has("success") && root.path("data").isObject()) {
            return root.get("data");
        }
        return root;
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    /**
     * Items of one page, the total count when the answer gave it, and whether a next link was present (null when the
     * shape has no next link).
     */
    public record Page<T>(List<T> items, Integer count, Boolean hasNext) {

        /** The most items the API returns in one page (its documented page_size maximum). */
        public static final int MAX_PAGE_SIZE = 100;

        /**
         * Whether another page may follow: the answer's next link when it has one, else whether this page is full,
         * counting that the API serves at most 100 items a page whatever limit was asked for.
         */
        public boolean mayHaveMore(int limit) {
            if (hasNext != null) {
                return hasNext;
            }
            return !items.isEmpty() && items.size() >= Math.min(limit, MAX_PAGE_SIZE);
        }
    }
}
