package domain.classification;

import domain.classification.ClassificationEvent.Matched;
import domain.classification.Memberships.Membership;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.SeparateTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Operators' alerts on gudok's own WARN and ERROR log records (the talk's second use of the percolator): each record
 * is matched against the admins' log alerts by the same classifier as plans and content; a match is recorded once
 * per record and alert (so a record read twice raises nothing twice) and is an event, and the records that matched
 * are kept to be listed. A record no alert matches is not kept.
 */
public final class LogAlertService {
    private final Classifier classifier;
    private final Filters filters;
    private final Memberships memberships;
    private final LogRecords records;
    private final SeparateTransaction transactions;
    private final EventLog events;
    private final BusinessCalendar calendar;

    public LogAlertService(Classifier classifier, Filters filters, Memberships memberships, LogRecords records,
                           SeparateTransaction transactions, EventLog events, BusinessCalendar calendar) {
        this.classifier = classifier;
        this.filters = filters;
        this.memberships = memberships;
        this.records = records;
        this.transactions = transactions;
        this.events = events;
        this.calendar = calendar;
    }

    /** Matches the records (log items) against the log alerts; answers how many new matches were recorded. */
    public int logged(List<Item> logged) {
        List<Item> logs = logged.stream().filter(i -> i.kind() == ItemKind.LOG).toList();
        if (logs.isEmpty()) return 0;
        Map<ItemKey, Set<UUID>> matched = classifier.classify(logs);
        Map<UUID, List<ItemKey>> byAlert = new LinkedHashMap<>();
        matched.forEach((key, ids) -> ids.forEach(id -> byAlert.computeIfAbsent(id, a -> new ArrayList<>()).add(key)));
        if (byAlert.isEmpty()) return 0;
        return transactions.commit(() -> {
            Map<UUID, FilterOwnership> known = filters.ownershipsOf(byAlert.keySet());
            List<Membership> matches = new ArrayList<>();
            byAlert.forEach((id, keys) -> {
                FilterOwnership filter = known.get(id);
                if (filter != null && filter.purpose() == FilterPurpose.LOG_ALERT) keys.forEach(key -> matches.add(new Membership(id, key)));
            });
            Set<ItemKey> keep = new HashSet<>();
            matches.forEach(match -> keep.add(match.item()));
            records.keep(logs.stream().filter(i -> keep.contains(i.key())).toList());
            Instant now = calendar.now();
            Set<Membership> recorded = memberships.recordAlertMatches(matches, now);
            List<Matched> happened = ItemMatches.group(matches.stream().filter(recorded::contains).toList(), known, now).stream()
                    .map(Matched::new).toList();
            if (!happened.isEmpty()) events.record(happened);
            return recorded.size();
        });
    }

    /** The records a log alert matched, newest first. */
    public Page<LogRecords.Matched> records(UUID alert, PageRequest page) {
        return records.matchedBy(alert, page);
    }
}
