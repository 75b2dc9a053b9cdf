package uk.caseview.sdk.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Breaks JSON the ways a faulty gateway or a newer API version might: wrong types, missing and
 * extra fields, unknown enum values, absurd numbers and dates, deep nesting, and text damage
 * (cut short, bytes dropped or inserted). Deterministic for a given seed.
 */
final class JsonMutator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Random random;

    JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** A structural change somewhere in the tree. */
    JsonNode mutateTree(JsonNode root) {
        JsonNode copy = root.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(copy, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode obj) {
            List<String> names = new ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(4)) {
                case 0 -> { if (!names.isEmpty()) obj.remove(names.get(random.nextInt(names.size()))); }
                case 1 -> obj.set("unknown" + random.nextInt(1000), randomValue(3));
                default -> { if (!names.isEmpty()) obj.set(names.get(random.nextInt(names.size())), randomValue(3)); }
            }
        } else if (target instanceof ArrayNode arr) {
            switch (random.nextInt(3)) {
                case 0 -> { if (!arr.isEmpty()) arr.remove(random.nextInt(arr.size())); }
                case 1 -> arr.add(randomValue(3));
                default -> { if (!arr.isEmpty()) arr.set(random.nextInt(arr.size()), randomValue(3)); }
            }
        }
        return copy;
    }

    /** Damage to the text itself. */
    String mutateText(String json) {
        if (json.isEmpty()) {
            return "{";
        }
        int at = random.nextInt(json.length());
        return switch (random.nextInt(5)) {
            case 0 -> json.substring(0, at);
            case 1 -> json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + random.nextInt(8)));
            case 2 -> json.substring(0, at) + "\"{[,:\\}]0-e\u0000\uD800".charAt(random.nextInt(13)) + json.substring(at);
            case 3 -> json.substring(0, at) + json.substring(at).toUpperCase();
            default -> "[".repeat(2000 + random.nextInt(3000)) + json;
        };
    }

    JsonNode randomValue(int depth) {
        int pick = random.nextInt(depth <= 0 ? 15 : 18);
        return switch (pick) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(random.nextBoolean());
            case 2 -> F.numberNode(random.nextLong());
            case 3 -> F.numberNode(random.nextInt(10) - 5);
            case 4 -> F.numberNode(new BigInteger("9".repeat(40)));
            case 5 -> F.numberNode(new BigDecimal("1e400"));
            case 6 -> F.numberNode(random.nextDouble() * 1000);
            case 7 -> F.textNode("");
            case 8 -> F.textNode("x".repeat(random.nextInt(5000)));
            case 9 -> F.textNode("2025-13-45");
            case 10 -> F.textNode("not_a_known_enum_value");
            case 11 -> F.textNode("2025-03-15T10:00:00Z");
            case 12 -> F.textNode("-0");
            case 13 -> F.textNode("\u0000\uFFFF\uD83D\uDE00");
            case 14 -> F.textNode(String.valueOf(random.nextLong()));
            case 15 -> {
                ArrayNode a = F.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomValue(depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = F.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set("k" + random.nextInt(50), randomValue(depth - 1));
                }
                yield o;
            }
        };
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }
}
