package domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import domain.classification.Memberships.Membership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemMatchesTest {
    private static final Instant AT = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void groupsByItemAndOwnerLeavesUnknownFiltersOutAndSplitsAHugeGroup() {
        ItemKey water = new ItemKey(ItemKind.PLAN, "w"), coffee = new ItemKey(ItemKind.PLAN, "c");
        Map<UUID, FilterOwnership> filters = new java.util.HashMap<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            UUID id = new UUID(1, i);
            filters.put(id, new FilterOwnership(id, FilterPurpose.POOL, FilterPurpose.PLATFORM));
            memberships.add(new Membership(id, water));
        }
        UUID alert = new UUID(2, 1);
        filters.put(alert, new FilterOwnership(alert, FilterPurpose.ALERT, "user-1"));
        memberships.add(new Membership(alert, water));
        memberships.add(new Membership(alert, coffee));
        memberships.add(new Membership(new UUID(3, 1), coffee)); // deleted meanwhile

        List<ItemMatches> told = ItemMatches.group(memberships, filters, AT);

        assertThat(told).extracting(m -> m.item().id() + " " + m.owner() + " " + m.filterIds().size())
                .containsExactly("w platform 1000", "w platform 1000", "w platform 500", "w user-1 1", "c user-1 1");
        assertThat(told.subList(0, 3).stream().flatMap(m -> m.filterIds().stream()).distinct()).hasSize(2_500);
    }
}
