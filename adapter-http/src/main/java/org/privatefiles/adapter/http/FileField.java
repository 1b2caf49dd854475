package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.domain.actor.OrgId;

/** One writable field of a private file: its wire name, how its value is read from JSON and from a form, and its setter on the patch. */
record FileField<T>(String name, JsonRead<T> json, FormRead<T> form, BiConsumer<FilePatch.Builder, T> setter) {

    /** Reads a JSON value that is not null; a value that does not convert is an {@link UnreadableValue}. */
    interface JsonRead<T> {
        T read(JsonNode value, OrgId org);
    }

    /** Reads every value a form sent under the field's name, in order; a value that does not convert is an {@link UnreadableValue}. */
    interface FormRead<T> {
        T read(List<String> values, OrgId org);
    }

    /** A JSON null clears the field. */
    void readJson(JsonNode value, OrgId org, FilePatch.Builder patch) {
        setter.accept(patch, value.isNull() ? null : json.read(value, org));
    }

    void readForm(List<String> values, OrgId org, FilePatch.Builder patch) {
        setter.accept(patch, form.read(values, org));
    }

    /** A form reader of the last value sent, as Django reads a single-valued field. */
    static <T> FormRead<T> lastValue(BiFunction<String, OrgId, T> read) {
        return (values, org) -> read.apply(values.get(values.size() - 1), org);
    }
}
