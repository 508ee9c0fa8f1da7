package domain.classification;

import domain.classification.FilterEvent.FilterChanged;
import domain.classification.FilterEvent.FilterCreated;
import domain.classification.FilterEvent.FilterDeleted;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates, changes and deletes filters; each change is an event (classifiers load the filter from it, and its pool
 * is back-filled or emptied). Owners are bounded in how many filters they keep: a user's alerts most of all.
 */
public final class FilterService implements ManageFiltersUseCase {
    /** How many filters one owner keeps, by purpose. */
    public static final Map<FilterPurpose, Integer> LIMITS = Map.of(FilterPurpose.ALERT, 20, FilterPurpose.SHOP_POOL, 200,
            FilterPurpose.POOL, 100_000, FilterPurpose.LOG_ALERT, 1_000);
    private final Filters filters;
    private final Memberships memberships;
    private final TextAnalyzer analyzer;
    private final FilterTester tester;
    private final BusinessCalendar calendar;
    private final EventLog events;

    public FilterService(Filters filters, Memberships memberships, TextAnalyzer analyzer, FilterTester tester, BusinessCalendar calendar,
                         EventLog events) {
        this.filters = filters;
        this.memberships = memberships;
        this.analyzer = analyzer;
        this.tester = tester;
        this.calendar = calendar;
        this.events = events;
    }

    @Override
    public Filter create(FilterPurpose purpose, String owner, NewFilter command) {
        requireSubject(purpose, command.subject());
        Condition condition = FilterLanguage.read(command.filter(), command.subject(), analyzer);
        int limit = LIMITS.get(purpose);
        if (filters.countOf(purpose, owner) >= limit) {
            throw new StateConflictException(label(purpose), "at its limit", "create",
                    "an owner keeps at most " + limit + "; delete one first");
        }
        Instant now = calendar.now();
        Filter filter = new Filter(UUID.randomUUID(), purpose, owner, command.name(), command.subject(), condition, 1, now, now);
        filters.add(filter);
        events.record(new FilterCreated(filter, now));
        return filter;
    }

    @Override
    public Filter change(FilterPurpose purpose, String owner, UUID id, Long expectedVersion, ChangedFilter command) {
        Filter current = get(purpose, owner, id);
        current.requireVersion(expectedVersion);
        Condition condition = FilterLanguage.read(command.filter(), current.subject(), analyzer);
        Filter changed = current.change(command.name(), condition, calendar.now());
        filters.update(changed);
        events.record(new FilterChanged(changed, changed.updatedAt()));
        return changed;
    }

    @Override
    public void delete(FilterPurpose purpose, String owner, UUID id) {
        Filter filter = get(purpose, owner, id);
        filters.remove(id);
        events.record(new FilterDeleted(filter, calendar.now()));
    }

    @Override
    public int deleteAllOf(FilterPurpose purpose, String owner) {
        int deleted = 0;
        for (List<Filter> page = filters.of(purpose, owner, new PageRequest(null, PageRequest.MAX_LIMIT)).items(); !page.isEmpty();
             page = filters.of(purpose, owner, new PageRequest(null, PageRequest.MAX_LIMIT)).items()) {
            Instant now = calendar.now();
            for (Filter filter : page) filters.remove(filter.id());
            events.record(page.stream().map(filter -> new FilterDeleted(filter.erased(), now)).toList());
            deleted += page.size();
        }
        return deleted;
    }

    @Override
    public Filter get(FilterPurpose purpose, String owner, UUID id) {
        return filters.byId(id).filter(f -> f.purpose() == purpose && f.owner().equals(owner))
                .orElseThrow(() -> new NotFoundException(label(purpose), id));
    }

    @Override
    public Page<Filter> list(FilterPurpose purpose, String owner, PageRequest page) {
        return filters.of(purpose, owner, page);
    }

    @Override
    public Page<Match> members(FilterPurpose purpose, String owner, UUID id, PageRequest page) {
        Filter filter = get(purpose, owner, id);
        Page<Memberships.Member> members = memberships.page(id, page);
        return new Page<>(members.items().stream().map(m -> new Match(id, filter.purpose(), filter.owner(), m.item(), m.since())).toList(),
                members.next());
    }

    @Override
    public FilterTester.Outcome test(FilterPurpose purpose, String owner, ItemKind subject, Object tree, Item sample) {
        requireSubject(purpose, subject);
        Condition condition = FilterLanguage.read(tree, subject, analyzer);
        Instant now = calendar.now();
        Filter draft = new Filter(UUID.randomUUID(), purpose, owner, "draft", subject, condition, 1, now, now);
        return tester.test(draft.stored(), sample);
    }

    private static void requireSubject(FilterPurpose purpose, ItemKind subject) {
        if (!purpose.subjects().contains(subject)) {
            throw InvalidInputException.of("subject", "must be one of " + new java.util.TreeSet<>(purpose.subjects()) + " here");
        }
    }

    private static String label(FilterPurpose purpose) {
        return switch (purpose) {
            case POOL, SHOP_POOL -> "pool";
            case ALERT -> "alert";
            case LOG_ALERT -> "log alert";
        };
    }
}
