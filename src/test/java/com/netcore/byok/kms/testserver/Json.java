package com.netcore.byok.kms.testserver;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** The JSON the test server reads (the SDK's parser) and writes (a few lines): blobs base64, times epoch seconds. */
final class Json {
    private Json() {
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof byte[] bytes) {
            string(out, Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof Instant time) {
            out.append(time.getEpochSecond()).append('.').append(String.format("%03d", time.getNano() / 1_000_000));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(out, String.valueOf(value));
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A request body, with the KMS way of saying a field is missing or wrong. */
    record Request(String operation, JsonNode body) {
        Optional<JsonNode> field(String name) {
            return body.field(name).filter(n -> !n.isNull());
        }

        Optional<String> string(String name) {
            return field(name).map(JsonNode::asString);
        }

        String required(String name) {
            return string(name).orElseThrow(() -> KmsError.validation("1 validation error detected: Value null at '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    + "' failed to satisfy constraint: Member must not be null"));
        }

        Optional<byte[]> blob(String name) {
            return string(name).map(s -> Base64.getDecoder().decode(s));
        }

        byte[] requiredBlob(String name) {
            required(name);
            return blob(name).orElseThrow();
        }

        Optional<Instant> time(String name) {
            return field(name).map(n -> {
                double seconds = Double.parseDouble(n.isNumber() ? n.asNumber() : n.asString());
                return Instant.ofEpochMilli(Math.round(seconds * 1000));
            });
        }

        Optional<Integer> integer(String name) {
            return field(name).map(n -> Integer.parseInt(n.asNumber()));
        }

        boolean bool(String name) {
            return field(name).map(JsonNode::asBoolean).orElse(false);
        }

        Map<String, String> stringMap(String name) {
            Map<String, String> map = new LinkedHashMap<>();
            field(name).ifPresent(n -> n.asObject().forEach((k, v) -> map.put(k, v.asString())));
            return map;
        }

        List<JsonNode> list(String name) {
            return field(name).map(JsonNode::asArray).orElse(List.of());
        }
    }
}
