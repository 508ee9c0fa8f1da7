package contract;

import static org.assertj.core.api.Assertions.assertThat;

import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.Memberships;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pools' members and alerts' matches, as every store of them keeps them. */
public abstract class MembershipsContract extends StoreContract {
    private static final Instant AT = Instant.parse("2026-12-07T01:00:00Z");
    private final UUID pool = UUID.randomUUID(), other = UUID.randomUUID(), alert = UUID.randomUUID();
    private final ItemKey a = new ItemKey(ItemKind.PLAN, UUID.randomUUID().toString()),
            b = new ItemKey(ItemKind.CONTENT, "news:" + UUID.randomUUID()), c = new ItemKey(ItemKind.PLAN, UUID.randomUUID().toString());

    protected abstract Memberships memberships();

    @Test
    void anItemJoinsAndLeavesPoolsAndItsPoolsAreRead() {
        inTransaction(() -> {
            memberships().join(pool, List.of(a, b), AT);
            memberships().join(other, List.of(a), AT);
            memberships().join(pool, List.of(a), AT.plusSeconds(5)); // already in: nothing changes

            assertThat(memberships().lockPoolsOf(List.of(a, b, c))).isEqualTo(Map.of(a, Set.of(pool, other), b, Set.of(pool)));
            memberships().leave(pool, List.of(a, c));
            assertThat(memberships().lockPoolsOf(List.of(a, b))).isEqualTo(Map.of(a, Set.of(other), b, Set.of(pool)));
            assertThat(memberships().all(pool)).containsExactly(b);
        });
    }

    @Test
    void anAlertRecordsEachItemOnceAndAnswersOnlyTheNewOnes() {
        inTransaction(() -> {
            assertThat(memberships().recordAlertMatches(alert, List.of(a, b), AT)).containsExactlyInAnyOrder(a, b);
            assertThat(memberships().recordAlertMatches(alert, List.of(b, c), AT.plusSeconds(1))).containsExactly(c);
            assertThat(memberships().all(alert)).containsExactlyInAnyOrder(a, b, c);
            assertThat(memberships().lockPoolsOf(List.of(a))).as("an alert's match is no pool membership").isEmpty();
        });
    }

    @Test
    void membersArePagedNewestFirstAndAForgottenFilterHasNone() {
        inTransaction(() -> {
            memberships().join(pool, List.of(a), AT);
            memberships().join(pool, List.of(b, c), AT.plusSeconds(10));
            List<ItemKey> seen = new ArrayList<>();
            Page<Memberships.Member> page = memberships().page(pool, new PageRequest(null, 2));
            page.items().forEach(m -> seen.add(m.item()));
            assertThat(page.items()).allMatch(m -> m.since().equals(AT.plusSeconds(10)));
            page = memberships().page(pool, new PageRequest(page.next(), 2));
            page.items().forEach(m -> seen.add(m.item()));
            assertThat(page.next()).isNull();
            assertThat(seen).hasSize(3).endsWith(a).containsExactlyInAnyOrder(a, b, c);

            memberships().forget(pool);
            assertThat(memberships().page(pool, new PageRequest(null, 10)).items()).isEmpty();
            assertThat(memberships().lockPoolsOf(List.of(a, b, c))).isEmpty();
        });
    }

    @Test
    void manyPoolsAndItemsAreJoinedLeftAndMatchedInOneCall() {
        inTransaction(() -> {
            memberships().join(List.of(new Memberships.Membership(pool, a), new Memberships.Membership(other, a),
                    new Memberships.Membership(pool, b), new Memberships.Membership(pool, b)), AT);
            assertThat(memberships().lockPoolsOf(List.of(a, b))).isEqualTo(Map.of(a, Set.of(pool, other), b, Set.of(pool)));

            memberships().leave(List.of(new Memberships.Membership(other, a), new Memberships.Membership(pool, b),
                    new Memberships.Membership(other, c)));
            assertThat(memberships().lockPoolsOf(List.of(a, b, c))).isEqualTo(Map.of(a, Set.of(pool)));

            UUID second = UUID.randomUUID();
            assertThat(memberships().recordAlertMatches(List.of(new Memberships.Membership(alert, a),
                    new Memberships.Membership(second, a)), AT)).hasSize(2);
            assertThat(memberships().recordAlertMatches(List.of(new Memberships.Membership(alert, a),
                    new Memberships.Membership(second, b)), AT)).containsExactly(new Memberships.Membership(second, b));
        });
    }
}
