package nl.regioan.app.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioan.shared.api.DomainException;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a request body strictly: exactly one JSON document, nothing after it, no duplicate names, the
 * declared shape (an object where an object belongs), no coercion (a string, boolean or fraction is not a
 * whole number; a number or object is not a text), no unknown fields, and bounded sizes. Numbers are
 * bounded in digits while they are tokenized and in magnitude before any conversion, so no value costs
 * more than a few microseconds. Every refusal is an {@link InvalidInputException} whose field is the JSON
 * pointer of the offending value ({@code ""} for the whole body) and whose text says what is allowed.
 */
public final class StrictJson {

    /** Digits of one number (integer part and fraction part each). */
    public static final int MAX_NUMBER_DIGITS = 100;
    /** Largest decimal exponent of a number: its magnitude stays below 10^101, above 10^-101 unless 0. */
    public static final int MAX_EXPONENT = 100;
    /** One text value; a knowledge item's body may hold 1,000,000 characters and gets its own message. */
    public static final int MAX_TEXT = 2_000_000;
    public static final int MAX_NESTING = 64;
    /** Whole body: an import of 1000 items with long texts stays below. */
    public static final long MAX_DOCUMENT = 64L * 1024 * 1024;

    private static final JsonMapper MAPPER = mapper();
    /** The tree is read without the trailing-token check: {@link #tree} names trailing data itself. */
    private static final ObjectReader TREE = MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    private static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxStringLength(MAX_TEXT)
                        .maxNameLength(1000)
                        .maxNestingDepth(MAX_NESTING)
                        .maxDocumentLength(MAX_DOCUMENT)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.DateTime, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .build();
    }

    /** The body as the declared Java type (a record, a list of records, or a JSON-P value). */
    public static Object read(InputStream body, Type declared) {
        JsonNode tree = tree(body);
        if (declared instanceof Class<?> type && JsonValue.class.isAssignableFrom(type)) {
            return jsonValue(tree, type);
        }
        JavaType target = MAPPER.constructType(declared);
        if (!tree.isObject() && !(target.isCollectionLikeType() || target.isArrayType())
                && !target.isContainerType() && isObjectType(target.getRawClass())) {
            throw refusal("", expected(target.getRawClass()));
        }
        try {
            return MAPPER.treeToValue(tree, target);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw refusal(pointer(e), Message.of("body.invalid"));
        } catch (JacksonException e) {
            throw bindingRefusal(e);
        }
    }

    /** Exactly one JSON document with bounded numbers, as a tree. */
    public static JsonNode tree(InputStream body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode tree;
            try {
                tree = TREE.readTree(parser);
            } catch (StreamReadException | StreamConstraintsException e) {
                throw syntaxRefusal(e, pointer(parser.streamReadContext()));
            }
            if (tree == null || tree.isMissingNode()) {
                throw refusal("", Message.of("body.missing"));
            }
            JsonToken next;
            try {
                next = parser.nextToken();
            } catch (StreamReadException | StreamConstraintsException e) {
                next = JsonToken.NOT_AVAILABLE;
            }
            if (next != null) {
                throw refusal("", Message.of("body.trailing", parser.currentLocation().getLineNr(),
                        parser.currentLocation().getColumnNr()));
            }
            checkNumbers(tree, "");
            return tree;
        }
    }

    private static void checkNumbers(JsonNode node, String pointer) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            int exponent = value.precision() - value.scale() - 1;
            if (value.signum() != 0 && (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT)) {
                throw refusal(pointer, Message.of("body.number.range", MAX_EXPONENT + 1));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                checkNumbers(entry.getValue(), pointer + "/" + escape(entry.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), pointer + "/" + i);
            }
        }
    }

    private static Object jsonValue(JsonNode tree, Class<?> type) {
        if (type == JsonObject.class && !tree.isObject()) {
            throw refusal("", Message.of("body.expected.object"));
        }
        if (type == JsonArray.class && !tree.isArray()) {
            throw refusal("", Message.of("body.expected.array"));
        }
        if (type == JsonStructure.class && !tree.isContainer()) {
            throw refusal("", Message.of("body.expected.structure"));
        }
        return toJsonP(tree);
    }

    static JsonValue toJsonP(JsonNode node) {
        if (node.isObject()) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                object.add(entry.getKey(), toJsonP(entry.getValue()));
            }
            return object.build();
        }
        if (node.isArray()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            node.values().forEach(element -> array.add(toJsonP(element)));
            return array.build();
        }
        if (node.isString()) {
            return Json.createValue(node.stringValue());
        }
        if (node.isIntegralNumber()) {
            return Json.createValue(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return Json.createValue(node.decimalValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return JsonValue.NULL;
    }

    private static InvalidInputException syntaxRefusal(JacksonException e, String where) {
        if (e instanceof StreamConstraintsException) {
            String text = String.valueOf(e.getOriginalMessage());
            if (text.startsWith("Number value length")) {
                return refusal(where, Message.of("body.number.tooLong", MAX_NUMBER_DIGITS));
            }
            if (text.startsWith("String value length")) {
                return refusal(where, Message.of("body.text.tooLong", MAX_TEXT));
            }
            if (text.contains("nesting depth")) {
                return refusal(where, Message.of("body.tooDeep", MAX_NESTING));
            }
            return refusal(where, Message.of("body.tooLarge", MAX_DOCUMENT / (1024 * 1024)));
        }
        String text = String.valueOf(e.getOriginalMessage());
        if (text.startsWith("Duplicate Object property")) {
            return refusal(where, Message.of("body.duplicateField"));
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return refusal(where, Message.of("body.syntax", line, column));
    }

    private static InvalidInputException bindingRefusal(JacksonException e) {
        String where = pointer(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return refusal(where, Message.of("body.unknownField", known));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return refusal(where, expected(mismatch.getTargetType()));
        }
        if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return refusal(where, expected(coercion.getTargetType()));
        }
        return refusal(where, Message.of("body.invalid"));
    }

    /** What a value of this Java type looks like in JSON, in words. */
    static Message expected(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Message.of("body.expected.integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return Message.of("body.expected.integer", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == short.class || type == Short.class) {
            return Message.of("body.expected.integer", Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (type == byte.class || type == Byte.class || type == BigInteger.class) {
            return Message.of("body.expected.wholeNumber");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return Message.of("body.expected.number");
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return Message.of("body.expected.text");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Message.of("body.expected.boolean");
        }
        if (type == LocalDate.class) {
            return Message.of("body.expected.date");
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Message.of("body.expected.dateTime");
        }
        if (type.isEnum()) {
            return Message.of("body.expected.oneOf", Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Message.of("body.expected.array");
        }
        return Message.of("body.expected.object");
    }

    /** What a query, path or header parameter of this type takes, in words (no JSON quotes involved). */
    static Message expectedParameter(Class<?> type) {
        Message json = expected(type);
        return switch (json.key()) {
            case "body.expected.integer", "body.expected.wholeNumber" -> Message.of("parameter.expected.wholeNumber");
            case "body.expected.number" -> Message.of("parameter.expected.number");
            case "body.expected.boolean" -> Message.of("parameter.expected.boolean");
            case "body.expected.date" -> Message.of("parameter.expected.date");
            case "body.expected.oneOf" -> json;
            default -> Message.of("parameter.invalid.value");
        };
    }

    private static boolean isObjectType(Class<?> type) {
        return expected(type).key().equals("body.expected.object");
    }

    private static InvalidInputException refusal(String pointer, Message message) {
        return new InvalidInputException(List.of(new FieldError(pointer, message)));
    }

    /** The JSON pointer (RFC 6901) of the value a binding error is about. */
    static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(escape(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String pointer(TokenStreamContext context) {
        String pointer = context == null ? "" : context.pathAsPointer().toString();
        return pointer;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
