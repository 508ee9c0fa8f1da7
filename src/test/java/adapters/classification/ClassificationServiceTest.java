package adapters.classification;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.ClassificationEvent;
import domain.classification.ClassificationService;
import domain.classification.Condition;
import domain.classification.Condition.Mode;
import domain.classification.Condition.TextField;
import domain.classification.Filter;
import domain.classification.FilterPurpose;
import domain.classification.Filters;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.ItemSource;
import domain.shared.BusinessCalendar;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import simulation.InMemoryMemberships;

/**
 * The classification worker's rules, on the embedded classifier: items join and leave pools as they change, a
 * retired item leaves every pool, a new or changed pool is back-filled, an alert tells of an item once, and only of
 * one that appeared or changed after it was saved.
 */
class ClassificationServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private final LuceneMonitorClassifier classifier = new LuceneMonitorClassifier(new KoreanAnalysis());
    private final Map<ItemKey, Item> stored = new TreeMap<>();
    private final Map<UUID, Filter> filters = new HashMap<>();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final RecordedEvents events = new RecordedEvents();
    private final ClassificationService service = new ClassificationService(classifier, new MapItems(), new MapFilters(), memberships,
            java.util.function.Supplier::get, events, new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC)));

    @AfterEach
    void close() throws Exception {
        classifier.close();
    }

    private static Item plan(String id, String title, long price) {
        return new Item(new ItemKey(ItemKind.PLAN, id), title, "", new Category("food.water"), List.of(), 0, price,
                List.of(new Region("kr")), UUID.randomUUID(), PlanKind.REGULAR_DELIVERY, null, null, List.of(), null);
    }

    private Filter save(FilterPurpose purpose, String owner, Condition condition) {
        Filter filter = new Filter(UUID.randomUUID(), purpose, owner, "f", ItemKind.PLAN, condition, 1, NOW, NOW);
        filters.put(filter.id(), filter);
        service.filterSaved(filter.id());
        return filter;
    }

    private static Condition under(long price) {
        return new Condition.PriceRange(null, price);
    }

    private List<String> told() {
        List<String> told = events.all().stream().map(e -> e.type() + " " + ((ClassificationEvent) e).matches().item().id()).toList();
        events.clear();
        return told;
    }

    @Test
    void anItemJoinsAndLeavesPoolsAsItChangesAndLeavesThemAllWhenRetired() {
        Filter cheap = save(FilterPurpose.POOL, FilterPurpose.PLATFORM, under(15_000));
        Filter dear = save(FilterPurpose.POOL, FilterPurpose.PLATFORM, new Condition.PriceRange(15_001L, null));
        stored.put(new ItemKey(ItemKind.PLAN, "w"), plan("w", "제주 생수", 9_900));

        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "w")));
        assertThat(memberships.all(cheap.id())).extracting(ItemKey::id).containsExactly("w");
        assertThat(told()).containsExactly("classification.matched w");

        stored.put(new ItemKey(ItemKind.PLAN, "w"), plan("w", "제주 생수", 19_900));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "w"), new ItemKey(ItemKind.PLAN, "w")));
        assertThat(memberships.all(cheap.id())).isEmpty();
        assertThat(memberships.all(dear.id())).extracting(ItemKey::id).containsExactly("w");
        assertThat(told()).containsExactlyInAnyOrder("classification.matched w", "classification.unmatched w");

        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "w"))); // told twice: nothing more happens
        assertThat(told()).isEmpty();

        stored.remove(new ItemKey(ItemKind.PLAN, "w"));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "w")));
        assertThat(memberships.all(dear.id())).isEmpty();
        assertThat(told()).containsExactly("classification.unmatched w");
        List<List<ItemKey>> kept = new java.util.ArrayList<>();
        classifier.matchingItems(dear.stored(), 10, kept::add);
        assertThat(kept).as("a retired item is no longer kept for back-fills").isEmpty();
    }

    @Test
    void anItemsChangeIsOneEventPerOwnerListingItsPools() {
        Filter cheap = save(FilterPurpose.POOL, FilterPurpose.PLATFORM, under(15_000));
        Filter cheaper = save(FilterPurpose.POOL, FilterPurpose.PLATFORM, under(12_000));
        Filter alert = save(FilterPurpose.ALERT, "user-1", under(20_000));
        Filter other = save(FilterPurpose.ALERT, "user-2", under(20_000));
        events.clear();
        stored.put(new ItemKey(ItemKind.PLAN, "w"), plan("w", "제주 생수", 9_900));

        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "w")));

        List<domain.classification.ItemMatches> told = events.all().stream().map(e -> ((ClassificationEvent) e).matches()).toList();
        assertThat(told).extracting(m -> m.owner() + " " + m.purpose() + " " + new java.util.TreeSet<>(m.filterIds()))
                .containsExactlyInAnyOrder("platform POOL " + new java.util.TreeSet<>(List.of(cheap.id(), cheaper.id())),
                        "user-1 ALERT [" + alert.id() + "]", "user-2 ALERT [" + other.id() + "]");
        assertThat(events.all()).allMatch(e -> e.subject().equals("plan:w"));
        events.clear();

        stored.put(new ItemKey(ItemKind.PLAN, "w"), plan("w", "제주 생수", 13_000));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "w")));
        assertThat(events.all()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("classification.unmatched");
            assertThat(((ClassificationEvent) e).matches().filterIds()).containsExactly(cheaper.id());
        });
    }

    @Test
    void aNewOrChangedPoolIsBackFilledAndADeletedOneEmptied() {
        for (int i = 0; i < 5; i++) stored.put(new ItemKey(ItemKind.PLAN, "p" + i), plan("p" + i, "생수", i * 5_000L));
        service.itemsChanged(stored.keySet());
        events.clear();

        Filter pool = save(FilterPurpose.POOL, FilterPurpose.PLATFORM, under(10_000));
        assertThat(memberships.all(pool.id())).extracting(ItemKey::id).containsExactlyInAnyOrder("p0", "p1", "p2");
        assertThat(told()).hasSize(3);

        Filter changed = pool.change("f", new Condition.PriceRange(5_000L, 15_000L), NOW);
        filters.put(pool.id(), changed);
        service.filterSaved(pool.id());
        assertThat(memberships.all(pool.id())).extracting(ItemKey::id).containsExactlyInAnyOrder("p1", "p2", "p3");
        assertThat(told()).containsExactlyInAnyOrder("classification.unmatched p0", "classification.matched p3");

        filters.remove(pool.id());
        service.filterDeleted(pool.id());
        assertThat(memberships.all(pool.id())).isEmpty();
        stored.put(new ItemKey(ItemKind.PLAN, "p9"), plan("p9", "생수", 6_000));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "p9")));
        assertThat(told()).as("the deleted pool matches nothing any more").isEmpty();
    }

    @Test
    void anAlertTellsOfAnItemOnceAndOnlyOfOneThatCameAfterIt() {
        stored.put(new ItemKey(ItemKind.PLAN, "old"), plan("old", "강아지 간식", 5_000));
        service.itemsChanged(stored.keySet());
        Filter alert = save(FilterPurpose.ALERT, "user-1", new Condition.Keywords(Mode.ANY, List.of("강아지"), TextField.ANY));
        assertThat(told()).as("what matched before the alert was saved is not told").isEmpty();
        assertThat(memberships.all(alert.id())).as("nor recorded: an alert is not back-filled").isEmpty();

        stored.put(new ItemKey(ItemKind.PLAN, "new"), plan("new", "귀여운 강아지가 왔어요", 7_000));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "new")));
        assertThat(told()).containsExactly("classification.matched new");

        stored.put(new ItemKey(ItemKind.PLAN, "new"), plan("new", "귀여운 강아지가 왔어요", 6_000));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "new")));
        assertThat(told()).as("changed, still matching: told once already").isEmpty();

        stored.put(new ItemKey(ItemKind.PLAN, "old"), plan("old", "강아지 간식 할인", 4_000));
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "old")));
        assertThat(told()).as("an older item that changes after the alert: told once").containsExactly("classification.matched old");
        service.itemsChanged(List.of(new ItemKey(ItemKind.PLAN, "old")));
        assertThat(told()).isEmpty();
        assertThat(memberships.all(alert.id())).extracting(ItemKey::id).containsExactlyInAnyOrder("new", "old");
        assertThat(memberships.lockPoolsOf(List.of(new ItemKey(ItemKind.PLAN, "new")))).as("an alert is no pool").isEmpty();
    }

    @Test
    void aShopsPoolHoldsOnlyItsOwnPlans() {
        UUID shop = UUID.randomUUID();
        Filter pool = save(FilterPurpose.SHOP_POOL, shop.toString(), under(100_000));
        Item own = new Item(new ItemKey(ItemKind.PLAN, "own"), "생수", "", null, List.of(), 0, 1_000L, List.of(new Region("kr")), shop,
                PlanKind.REGULAR_DELIVERY, null, null, List.of(), null);
        stored.put(own.key(), own);
        stored.put(new ItemKey(ItemKind.PLAN, "theirs"), plan("theirs", "생수", 1_000));
        service.itemsChanged(stored.keySet());
        assertThat(memberships.all(pool.id())).extracting(ItemKey::id).containsExactly("own");
    }

    private final class MapItems implements ItemSource {
        @Override
        public Map<ItemKey, Item> current(Collection<ItemKey> keys) {
            return keys.stream().filter(stored::containsKey).distinct().collect(Collectors.toMap(k -> k, stored::get));
        }

        @Override
        public List<ItemKey> plansOf(UUID productId) {
            return List.of();
        }

        @Override
        public List<Item> all(ItemKey after, int limit) {
            return stored.values().stream().filter(i -> after == null || i.key().compareTo(after) > 0).limit(limit).toList();
        }
    }

    private final class MapFilters implements Filters {
        @Override
        public void add(Filter filter) {
            filters.put(filter.id(), filter);
        }

        @Override
        public void update(Filter filter) {
            filters.put(filter.id(), filter);
        }

        @Override
        public void remove(UUID id) {
            filters.remove(id);
        }

        @Override
        public Optional<Filter> byId(UUID id) {
            return Optional.ofNullable(filters.get(id));
        }

        @Override
        public Map<UUID, Filter> byIds(Collection<UUID> ids) {
            return ids.stream().filter(filters::containsKey).distinct().collect(Collectors.toMap(id -> id, filters::get));
        }

        @Override
        public Map<UUID, domain.classification.FilterOwnership> ownershipsOf(Collection<UUID> ids) {
            return ids.stream().filter(filters::containsKey).distinct().collect(Collectors.toMap(id -> id,
                    id -> new domain.classification.FilterOwnership(id, filters.get(id).purpose(), filters.get(id).owner())));
        }

        @Override
        public Page<Filter> of(FilterPurpose purpose, String owner, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int countOf(FilterPurpose purpose, String owner) {
            return 0;
        }

        @Override
        public List<Filter> all(UUID after, int limit) {
            return filters.values().stream().filter(f -> after == null || f.id().compareTo(after) > 0)
                    .sorted(java.util.Comparator.comparing(Filter::id)).limit(limit).toList();
        }
    }
}
