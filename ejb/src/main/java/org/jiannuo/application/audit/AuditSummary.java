package org.jiannuo.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a change was, kept as words to be said in the reader's language: the event and its arguments. An argument is
 * a name or a number as it was (kept as text), or a {@link Word} that the summaries bundle translates, such as an
 * enum constant (a post, a departure's reason).
 */
public record AuditSummary(AuditEvent event, List<Object> arguments) {

    /** Longer arguments (a commitment's content) are cut: the summary is a line, the full state is beside it. */
    static final int ARGUMENT_LENGTH = 200;

    private static final String WORD = "word";

    public AuditSummary {
        Objects.requireNonNull(event);
        arguments = List.copyOf(arguments);
    }

    /** Enum constants become {@link Word}s; anything else is kept as its text. */
    public static AuditSummary of(AuditEvent event, Object... arguments) {
        return new AuditSummary(event, Arrays.stream(arguments).map(AuditSummary::argument).toList());
    }

    private static Object argument(Object value) {
        if (value instanceof Word word) {
            return word;
        }
        if (value instanceof Enum<?> constant) {
            return Word.of(constant);
        }
        String text = String.valueOf(value);
        return text.length() > ARGUMENT_LENGTH ? text.substring(0, ARGUMENT_LENGTH - 1) + "…" : text;
    }

    /** The arguments as a JSON array: texts as strings, words as {@code {"word": key}}. */
    String argumentsJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object argument : arguments) {
            if (argument instanceof Word word) {
                array.add(Json.createObjectBuilder().add(WORD, word.key()));
            } else {
                array.add((String) argument);
            }
        }
        return array.build().toString();
    }

    /** The summary an entry was written with; empty arguments when none were written. */
    static AuditSummary parse(AuditEvent event, String argumentsJson) {
        if (argumentsJson == null) {
            return new AuditSummary(event, List.of());
        }
        try (JsonReader reader = Json.createReader(new StringReader(argumentsJson))) {
            JsonArray array = reader.readArray();
            return new AuditSummary(event, array.stream().map(AuditSummary::parsed).toList());
        }
    }

    private static Object parsed(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.OBJECT
                ? new Word(value.asJsonObject().getString(WORD)) : ((JsonString) value).getString();
    }

    /** A word of the summaries bundle ({@code word.<key>}), such as {@code Appointment.SECRETARY}. */
    public record Word(String key) {

        public Word {
            Objects.requireNonNull(key);
        }

        public static Word of(Enum<?> constant) {
            return new Word(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
    }
}
