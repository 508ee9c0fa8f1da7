package domain.classification;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Collection;
import java.util.UUID;

/** gudok's own log records that a log alert matched, kept to be listed with the alert (the others are not kept). */
public interface LogRecords {

    /** Keeps the records (a record kept already stays as it is). */
    void keep(Collection<Item> records);

    /** The records the log alert matched, newest match first. */
    Page<Matched> matchedBy(UUID alert, PageRequest page);

    /** A kept record (a log item: message, stack trace, logger, level, exception types, when logged) and when it matched. */
    record Matched(Item record, java.time.Instant matchedAt) { }
}
