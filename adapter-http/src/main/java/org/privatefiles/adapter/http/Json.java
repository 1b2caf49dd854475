package org.privatefiles.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.file.InputData;

/** JSON: the one configured mapper, request parsing with DRF's error wording, and the texts of input data. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();
    private static final ObjectWriter SORTED = MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    private Json() {
    }

    /** The bytes as a JSON tree; malformed JSON is a 400 {@code {"detail": "JSON parse error - ..."}}. */
    static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw HttpProblem.badRequest("JSON parse error - No content to map due to end-of-input");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("JSON parse error - " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a JSON object; anything else is DRF's non-field "Expected a dictionary" error. */
    static JsonNode requireObject(JsonNode body) {
        if (!body.isObject()) {
            throw InvalidException.of(InvalidException.NON_FIELD, new Problem.WrongType(Problem.Expected.OBJECT, pythonType(body)));
        }
        return body;
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName(), e);
        }
    }

    /** Input data as the application keeps it: the compact text as given and the text with object keys sorted. */
    static InputData inputData(JsonNode value) {
        return new InputData(compact(value), canonical(value));
    }

    static String compact(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No insignificant whitespace, object keys sorted at every depth (natural string order). */
    static String canonical(JsonNode value) {
        try {
            return SORTED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Python type name DRF puts in its messages ({@code str}, {@code int}, {@code dict}, ...). */
    static String pythonType(JsonNode node) {
        if (node == null || node.isNull()) {
            return "NoneType";
        }
        if (node.isTextual()) {
            return "str";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        if (node.isIntegralNumber()) {
            return "int";
        }
        if (node.isNumber()) {
            return "float";
        }
        if (node.isArray()) {
            return "list";
        }
        return "dict";
    }
}
