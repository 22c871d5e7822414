package org.chungtay.communications;

import java.util.List;
import java.util.Map;

/**
 * Templates are fed plain values prepared for them, never entities: strings, numbers, {@code true} or
 * {@code false}, and maps and lists of those. An entity would let a template reach whatever its getters
 * reach, and would be read when the message is rendered rather than when it was decided.
 */
final class PlainValues {

    private PlainValues() {
    }

    static void check(Map<String, ?> values) {
        if (values == null) {
            throw new IllegalArgumentException("Mail template values are missing");
        }
        values.forEach((name, value) -> check(name, value));
    }

    private static void check(String name, Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((field, inner) -> check(name + "." + field, inner));
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> check(name + "[]", item));
            return;
        }
        throw new IllegalArgumentException("Mail template value " + name + " is not a plain value: "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
