package adapters.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
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

/**
 * Applies {@link InputLimits} to every string, date and instant of every JSON body, where the body
 * is read: a value no field may hold is refused before any resource sees it, with the field's path.
 */
final class InputRules {
    private InputRules() { }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("gudok-input-rules");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new Date());
        module.addDeserializer(Instant.class, new Moment());
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

    private static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date;
            try {
                date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            } catch (JsonMappingException e) {
                throw new RefusedValue(parser, "must be a date like 2026-12-24");
            }
            if (date != null && !InputLimits.dateInRange(date)) throw new RefusedValue(parser, InputLimits.dateRangeProblem());
            return date;
        }
    }

    private static final class Moment extends StdScalarDeserializer<Instant> {
        Moment() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant instant;
            try {
                instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            } catch (JsonMappingException e) {
                throw new RefusedValue(parser, "must be an instant like 2026-12-24T09:00:00Z");
            }
            if (instant != null && !InputLimits.instantInRange(instant)) {
                throw new RefusedValue(parser, "must be an instant between " + InputLimits.EARLIEST_INSTANT + " and " + InputLimits.LATEST_INSTANT);
            }
            return instant;
        }
    }
}
