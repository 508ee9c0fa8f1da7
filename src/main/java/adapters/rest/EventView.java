package adapters.rest;

import adapters.EventHistory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform event in the CloudEvents JSON format, as the activity history shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Event", description = "A platform event (CloudEvents 1.0, JSON format); see docs/events.md for each type's data")
public record EventView(
        @Schema(required = true, enumeration = "1.0") String specversion,
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "/gudok/subscriptions") String source,
        @Schema(required = true, example = "io.gudok.subscription.paused.v1") String type,
        @Schema(required = true, description = "The aggregate the event is about") String subject,
        @Schema(required = true) Instant time,
        @Schema(required = true, enumeration = "application/json") String datacontenttype,
        @Schema(description = "The W3C traceparent of the request that caused the change, when it came with one") String traceparent,
        @Schema(required = true, type = SchemaType.OBJECT, description = "The changed resource as this API shows it")
        @JsonRawValue String data) {

    static EventView of(EventHistory.Entry entry) {
        return new EventView("1.0", entry.id(), entry.source(), entry.type(), entry.subject(), entry.time(), "application/json",
                entry.traceparent(), entry.data());
    }
}
