package com.netcore.byok.kms.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The KMS API model (test resource {@value #RESOURCE}, Apache-2.0, see NOTICE.txt beside it) and request
 * validation driven by it, as KMS validates: required members, types, string length and pattern, integer range,
 * enum values, list and map sizes, blob sizes. Constraint violations are reported in AWS's words
 * ("1 validation error detected: Value 'x' at 'description' failed to satisfy constraint: ..."); a value of the
 * wrong JSON type or a member the model does not have is a {@code SerializationException}, as the JSON protocol
 * answers it.
 */
public final class ServiceModel {
    public static final String RESOURCE = "/aws-models/kms-service-2.json";
    private static final ServiceModel KMS = load();

    private final JsonNode operations;
    private final JsonNode shapes;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private ServiceModel(JsonNode model) {
        this.operations = model.field("operations").orElseThrow();
        this.shapes = model.field("shapes").orElseThrow();
    }

    public static ServiceModel kms() {
        return KMS;
    }

    private static ServiceModel load() {
        try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            return new ServiceModel(JsonNode.parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasOperation(String operation) {
        return operations.field(operation).isPresent();
    }

    /** A shape of the model by name, e.g. "KeyMaterialDescriptionType" (for tests of the product's rules). */
    public JsonNode shape(String name) {
        return shapes.field(name).orElseThrow(() -> new IllegalArgumentException("no shape " + name + " in the model"));
    }

    /** The shape a member of a structure refers to, e.g. ("ImportKeyMaterialRequest", "ValidTo") gives DateType. */
    public String memberShape(String structure, String member) {
        return shape(structure).field("members").flatMap(m -> m.field(member)).flatMap(m -> m.field("shape"))
                .map(JsonNode::asString).orElseThrow(() -> new IllegalArgumentException(structure + "." + member));
    }

    /** The documentation string of a member of a structure (HTML as in the model). */
    public String memberDocumentation(String structure, String member) {
        return shape(structure).field("members").flatMap(m -> m.field(member)).flatMap(m -> m.field("documentation"))
                .map(JsonNode::asString).orElse("");
    }

    /** Checks a request body of an operation; throws the KmsError KMS would answer, or returns normally. */
    void validate(String operation, JsonNode body) {
        String input = operations.field(operation).flatMap(o -> o.field("input")).flatMap(i -> i.field("shape"))
                .map(JsonNode::asString).orElse(null);
        if (input == null) {
            return;
        }
        if (!body.isObject()) {
            throw serialization("Start of structure or map found where not expected.");
        }
        List<String> errors = new ArrayList<>();
        structure(input, body, "", errors);
        if (!errors.isEmpty()) {
            throw KmsError.validation(errors.size() + " validation error" + (errors.size() == 1 ? "" : "s")
                    + " detected: " + String.join("; ", errors));
        }
    }

    private void structure(String shapeName, JsonNode value, String path, List<String> errors) {
        JsonNode shape = shape(shapeName);
        Map<String, JsonNode> members = shape.field("members").map(JsonNode::asObject).orElse(Map.of());
        for (String given : value.asObject().keySet()) {
            if (!members.containsKey(given)) {
                throw serialization("Unrecognized field \"" + given + "\" in " + shapeName + ".");
            }
        }
        List<String> required = shape.field("required").map(r -> r.asArray().stream().map(JsonNode::asString)
                .toList()).orElse(List.of());
        for (Map.Entry<String, JsonNode> member : members.entrySet()) {
            String name = member.getKey();
            String memberPath = path + Character.toLowerCase(name.charAt(0)) + name.substring(1);
            Optional<JsonNode> given = value.field(name).filter(n -> !n.isNull());
            if (given.isEmpty()) {
                if (required.contains(name)) {
                    errors.add("Value null at '" + memberPath + "' failed to satisfy constraint: Member must not be null");
                }
                continue;
            }
            value(member.getValue().field("shape").orElseThrow().asString(), given.get(), memberPath, errors);
        }
    }

    private void value(String shapeName, JsonNode value, String path, List<String> errors) {
        JsonNode shape = shape(shapeName);
        String type = shape.field("type").orElseThrow().asString();
        switch (type) {
            case "structure" -> {
                expect(value.isObject(), path, shapeName, type);
                structure(shapeName, value, path + ".", errors);
            }
            case "string" -> {
                expect(value.isString(), path, shapeName, type);
                string(shape, value.asString(), path, errors);
            }
            case "integer", "long" -> {
                expect(value.isNumber() && value.asNumber().matches("-?\\d+"), path, shapeName, type);
                range(shape, Long.parseLong(value.asNumber()), path, errors);
            }
            case "boolean" -> expect(value.isBoolean(), path, shapeName, type);
            case "timestamp" -> expect(value.isNumber(), path, shapeName, type);
            case "blob" -> {
                expect(value.isString(), path, shapeName, type);
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(value.asString());
                } catch (IllegalArgumentException e) {
                    throw serialization("Base64 encoded value of " + shapeName + " is not valid.");
                }
                length(shape, bytes.length, "Value at '" + path + "'", errors);
            }
            case "list" -> {
                expect(value.isArray(), path, shapeName, type);
                List<JsonNode> items = value.asArray();
                length(shape, items.size(), "Value '" + items.size() + " items' at '" + path + "'", errors);
                String member = shape.field("member").flatMap(m -> m.field("shape")).orElseThrow().asString();
                for (int i = 0; i < items.size(); i++) {
                    value(member, items.get(i), path + "." + (i + 1) + ".member", errors);
                }
            }
            case "map" -> {
                expect(value.isObject(), path, shapeName, type);
                Map<String, JsonNode> entries = value.asObject();
                length(shape, entries.size(), "Value '" + entries.size() + " entries' at '" + path + "'", errors);
                String keyShape = shape.field("key").flatMap(m -> m.field("shape")).orElseThrow().asString();
                String valueShape = shape.field("value").flatMap(m -> m.field("shape")).orElseThrow().asString();
                for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
                    string(shape(keyShape), entry.getKey(), path + ".key", errors);
                    value(valueShape, entry.getValue(), path + ".value", errors);
                }
            }
            default -> throw new IllegalStateException("shape type " + type + " of " + shapeName);
        }
    }

    private void string(JsonNode shape, String text, String path, List<String> errors) {
        boolean sensitive = shape.field("sensitive").map(JsonNode::asBoolean).orElse(false);
        String subject = sensitive ? "Value at '" + path + "'" : "Value '" + text + "' at '" + path + "'";
        int before = errors.size();
        length(shape, text.length(), subject, errors);
        if (errors.size() > before) {
            return;
        }
        Optional<List<String>> allowed = shape.field("enum").map(e -> e.asArray().stream().map(JsonNode::asString)
                .toList());
        if (allowed.isPresent() && !allowed.get().contains(text)) {
            errors.add(subject + " failed to satisfy constraint: Member must satisfy enum value set: ["
                    + String.join(", ", allowed.get()) + "]");
            return;
        }
        Optional<String> pattern = shape.field("pattern").map(JsonNode::asString);
        if (pattern.isPresent() && !patterns.computeIfAbsent(pattern.get(), Pattern::compile).matcher(text).matches()) {
            errors.add(subject + " failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + pattern.get());
        }
    }

    private static void length(JsonNode shape, long length, String subject, List<String> errors) {
        Optional<Long> min = bound(shape, "min");
        Optional<Long> max = bound(shape, "max");
        if (min.isPresent() && length < min.get()) {
            errors.add(subject + " failed to satisfy constraint: Member must have length greater than or equal to "
                    + min.get());
        } else if (max.isPresent() && length > max.get()) {
            errors.add(subject + " failed to satisfy constraint: Member must have length less than or equal to "
                    + max.get());
        }
    }

    private static void range(JsonNode shape, long value, String path, List<String> errors) {
        Optional<Long> min = bound(shape, "min");
        Optional<Long> max = bound(shape, "max");
        String subject = "Value '" + value + "' at '" + path + "'";
        if (min.isPresent() && value < min.get()) {
            errors.add(subject + " failed to satisfy constraint: Member must have value greater than or equal to "
                    + min.get());
        } else if (max.isPresent() && value > max.get()) {
            errors.add(subject + " failed to satisfy constraint: Member must have value less than or equal to "
                    + max.get());
        }
    }

    private static Optional<Long> bound(JsonNode shape, String name) {
        return shape.field(name).map(n -> Long.parseLong(n.asNumber()));
    }

    private static void expect(boolean ok, String path, String shapeName, String type) {
        if (!ok) {
            throw serialization("The value at '" + path + "' cannot be read as " + shapeName + " (" + type + ").");
        }
    }

    private static KmsError serialization(String message) {
        return KmsError.of("SerializationException", message);
    }
}
