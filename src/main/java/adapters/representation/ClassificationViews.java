package adapters.representation;

import domain.classification.Filter;
import domain.classification.FilterLanguage;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pools and alerts as the API shows them and their events carry them. */
public final class ClassificationViews {
    private ClassificationViews() { }

    @Schema(name = "FilterView", description = "A pool or an alert: what it sorts, and its filter (docs/classification.md)")
    public record FilterView(@Schema(required = true) UUID id,
                             @Schema(required = true, enumeration = {"POOL", "SHOP_POOL", "ALERT", "LOG_ALERT"}) String purpose,
                             @Schema(required = true, description = "platform, the shop's id, or the user's id") String owner,
                             @Schema(required = true) String name,
                             @Schema(required = true, enumeration = {"PLAN", "CONTENT", "LOG"}) String subject,
                             @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                     description = "The condition, in the filter language") Object filter,
                             @Schema(required = true, description = "1 when created, one more at each change: send it back with a change, to refuse the change if another came first")
                             long version,
                             @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt) {
        public static FilterView of(Filter f) {
            return new FilterView(f.id(), f.purpose().name(), f.owner(), f.name(), f.subject().name(), FilterLanguage.write(f.condition()),
                    f.version(), f.createdAt(), f.updatedAt());
        }
    }

    @Schema(name = "MatchView", description = "An item in a pool (since it joined), or matched by an alert (since it matched)")
    public record MatchView(@Schema(required = true) UUID filterId,
                            @Schema(required = true, enumeration = {"POOL", "SHOP_POOL", "ALERT", "LOG_ALERT"}) String purpose,
                            @Schema(required = true, description = "platform, the shop's id, or the user's id") String owner,
                            @Schema(required = true, description = "plan:<id>, content:<source>:<id> or log:<id>") String item,
                            @Schema(required = true, enumeration = {"PLAN", "CONTENT", "LOG"}) String itemKind,
                            @Schema(required = true) Instant at) {
        public static MatchView of(domain.classification.Match m) {
            return new MatchView(m.filterId(), m.purpose().name(), m.owner(), m.item().value(), m.item().kind().name(), m.at());
        }
    }

    @Schema(name = "ItemMatchesView", description = "What one change of an item did to one owner's pools or alerts: the pools it"
            + " joined (or left), or the alerts it matched")
    public record ItemMatchesView(@Schema(required = true, description = "plan:<id>, content:<source>:<id> or log:<id>") String item,
                                  @Schema(required = true, enumeration = {"PLAN", "CONTENT", "LOG"}) String itemKind,
                                  @Schema(required = true, enumeration = {"POOL", "SHOP_POOL", "ALERT", "LOG_ALERT"}) String purpose,
                                  @Schema(required = true, description = "platform, the shop's id, or the user's id") String owner,
                                  @Schema(required = true, description = "the owner's pools or alerts, at least one") java.util.List<UUID> filterIds,
                                  @Schema(required = true) Instant at) {
        public static ItemMatchesView of(domain.classification.ItemMatches m) {
            return new ItemMatchesView(m.item().value(), m.item().kind().name(), m.purpose().name(), m.owner(), m.filterIds(), m.at());
        }
    }

    /** A log record a log alert matched. */
    public record LogRecordView(@Schema(required = true, description = "log:<id>") String item,
                                @Schema(required = true) Instant loggedAt,
                                @Schema(required = true) String logger,
                                @Schema(required = true, enumeration = {"WARN", "ERROR"}) String level,
                                @Schema(required = true, description = "the message, at most 2,000 characters") String message,
                                @Schema(required = true, description = "the exception's class and its causes', outermost first") java.util.List<String> exceptionTypes,
                                @Schema(required = true, description = "the stack trace, at most 8,000 characters; empty without an exception") String stackTrace,
                                @Schema(required = true) Instant matchedAt) {
        public static LogRecordView of(domain.classification.LogRecords.Matched m) {
            domain.classification.Item r = m.record();
            return new LogRecordView(r.key().value(), r.changedAt(), r.logger(), r.level(), r.title(), r.exceptionTypes(), r.body(), m.matchedAt());
        }
    }
}
