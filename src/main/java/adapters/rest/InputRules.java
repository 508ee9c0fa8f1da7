package adapters.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import domain.shared.InputLimits;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Applies {@link InputLimits} to every string, date and instant of every JSON body, where the body
 * is read: a value no field may hold is refused before any resource sees it, with the field's path.
 */
final class InputRules {
    private InputRules() { }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("gudok-input-rules");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new Ranged<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                InputLimits::dateInRange, "must be a date like 2026-12-24", InputLimits.dateRangeProblem()));
        module.addDeserializer(Instant.class, new Ranged<>(Instant.class, InstantDeserializer.INSTANT,
                InputLimits::instantInRange, "must be an instant like 2026-12-24T09:00:00Z", InputLimits.instantRangeProblem()));
        return module;
    }

    /** A value refused by the input rules; the reason is what the client is told, next to the field. */
    static final class RefusedValue extends JsonMappingException {
        private final String reason;

        RefusedValue(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : InputLimits.textProblem(text);
            if (problem != null) throw new RefusedValue(parser, problem);
            return text;
        }
    }

    /** A date or an instant read by Jackson's own deserializer, then held to {@link InputLimits}' range. */
    private static final class Ranged<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> reader;
        private final Predicate<T> inRange;
        private final String shape;
        private final String range;

        Ranged(Class<T> type, JsonDeserializer<T> reader, Predicate<T> inRange, String shape, String range) {
            super(type);
            this.reader = reader;
            this.inRange = inRange;
            this.shape = shape;
            this.range = range;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value;
            try {
                value = reader.deserialize(parser, context);
            } catch (JsonMappingException e) {
                throw new RefusedValue(parser, shape);
            }
            if (value != null && !inRange.test(value)) throw new RefusedValue(parser, range);
            return value;
        }
    }
}
