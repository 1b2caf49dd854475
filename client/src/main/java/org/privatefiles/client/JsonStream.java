package org.privatefiles.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;

/**
 * A JSON array read object by object with Jackson's streaming parser only: a listing of any
 * length in fixed memory, and without starting an {@code ObjectMapper} (a third of the start time of {@code ls}).
 */
final class JsonStream {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonStream() {
    }

    /** Something done with each object, given the parser on its {@code START_OBJECT}; it must consume the object. */
    interface ObjectHandler {
        void handle(JsonParser object) throws IOException;
    }

    static void eachObject(InputStream array, ObjectHandler handler) throws IOException {
        try (JsonParser parser = FACTORY.createParser(array)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ClientFailure.transfer("the service did not answer a list", null);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                handler.handle(parser);
            }
        }
    }

    /** The object the parser is on as one line of compact JSON, fields in the service's order. */
    static String copy(JsonParser object) throws IOException {
        var text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.copyCurrentStructure(object);
        }
        return text.toString();
    }
}
